/** Errors the double throws, shaped like OfficeExtension.Error (code, message, debugInfo). */

export const ErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidObjectPath: "InvalidObjectPath",
  invalidSelection: "InvalidSelection",
  generalException: "GeneralException",
  apiNotFound: "ApiNotFound",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  notImplemented: "NotImplemented",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class OfficeDoubleError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { code: ErrorCode; message: string; errorLocation?: string };

  constructor(code: ErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function notLoaded(type: string, property: string): OfficeDoubleError {
  return new OfficeDoubleError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
