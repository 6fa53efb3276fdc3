import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import webpack, { type Configuration } from "webpack";

/** The project folder: above this file, whether run from test/ by jest or compiled into build/ by the bench. */
export const ROOT = ((): string => {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "webpack.config.js")) && existsSync(join(dir, "package.json"))) return dir;
  }
  throw new Error(`project folder not found above ${__dirname}`);
})();
export const OUT = join(ROOT, "test-output");
/** The production build the end-to-end tests open (dist/ is left to the developer). */
export const E2E_DIST = join(OUT, "e2e-dist");
export const OFFICE_BUNDLE = join(OUT, "e2e-office", "office-double.js");
/** The address the test build's manifest is written with (ADDIN_URL). */
export const E2E_ADDIN_URL = "https://itas.example.go.th/ita-report/";

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Content hash of everything a build reads, so an unchanged tree is not rebuilt. */
function inputsHash(paths: string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.flatMap((p) => filesUnder(join(ROOT, p))).sort()) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** One build at a time across jest workers: a directory is created atomically or not at all. */
async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lock = join(OUT, `${name}.lock`);
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a run that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function buildOnce(name: string, stampDir: string, inputs: string[], build: () => Promise<void>): Promise<void> {
  await withLock(name, async () => {
    const stamp = join(stampDir, ".inputs-hash");
    const hash = inputsHash(inputs);
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
    await build();
    mkdirSync(stampDir, { recursive: true });
    writeFileSync(stamp, hash);
  });
}

/** The production build of both pages (npm run build with ADDIN_URL), made by the test itself. */
export async function ensureDist(): Promise<string> {
  await buildOnce("e2e-dist", E2E_DIST, ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"], async () => {
    const previous = process.env.ADDIN_URL;
    process.env.ADDIN_URL = E2E_ADDIN_URL;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own webpack config (CommonJS)
      const configure = require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Configuration>;
      const config = await configure({ outDir: E2E_DIST }, { mode: "production" });
      await compile({ ...config, infrastructureLogging: { level: "error" }, stats: "errors-only" });
    } finally {
      if (previous === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = previous;
    }
  });
  return E2E_DIST;
}

/** The Office double as one browser script (served in place of office.js). */
export async function ensureOfficeBundle(): Promise<string> {
  const dir = join(OUT, "e2e-office");
  await buildOnce("e2e-office", dir, ["test/office-double", "test/e2e/officeHost.ts"], () =>
    compile({
      mode: "development",
      devtool: false,
      target: ["web", "es2017"],
      entry: join(ROOT, "test/e2e/officeHost.ts"),
      output: { path: dir, filename: "office-double.js", clean: true },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2017" } },
          },
        ],
      },
      infrastructureLogging: { level: "error" },
    }),
  );
  return OFFICE_BUNDLE;
}
