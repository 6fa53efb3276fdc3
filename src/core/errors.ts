/**
 * Input the engine cannot use. Its message is Thai, says what was wrong and where, and is
 * meant to be shown to the user as is (the command line exits 2 with it).
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
