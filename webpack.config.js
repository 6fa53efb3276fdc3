/**
 * Builds the task pane (dist/taskpane.html) and the browser page (dist/index.html), copies the
 * icons and writes dist/manifest.xml with the production URL.
 *
 *   npm run build        production; ADDIN_URL=https://host/path/ sets the add-in's address
 *   npm run dev-server   https://localhost:3000 with the Office dev certificates
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The address manifest.xml is written with; the production build rewrites it to ADDIN_URL. */
const DEV_URL = "https://localhost:3000/";

/** ADDIN_URL must be https (Office refuses anything else) and is used as a folder. */
function addinUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins over https only): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Syntax lowering for package.json's "browserslist" (the oldest webviews that still run add-ins:
 * EdgeHTML 18, WebKit of Safari 12): `?.`, `??`, object spread, class fields, regex /s. No
 * polyfills: the pane's own check (taskpane.html) keeps webviews it cannot run in away from it.
 */
const babelLoader = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    compact: false,
    cacheDirectory: true,
    presets: [["@babel/preset-env", { modules: false, bugfixes: true }]],
  },
};

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? addinUrl(process.env.ADDIN_URL) : DEV_URL;
  if (production && !process.env.ADDIN_URL) {
    console.warn(`ADDIN_URL is not set: dist/manifest.xml points to ${DEV_URL} (set ADDIN_URL=https://your-host/path/ to deploy)`);
  }
  const outDir = path.resolve(__dirname, env.outDir || "dist");

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    // The pane's script is type="module", which Internet Explorer never fetches. Webpack's own
    // runtime code is ES2017, like everything babel makes of the dependencies below.
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      web: "./src/web/index.tsx",
      // The page's file reading, off its thread; src/web/host.ts starts it by this fixed name.
      // Its chunks (ExcelJS) load with importScripts, as a worker must.
      "read-worker": { import: "./src/web/readWorker.ts", filename: "read-worker.js", chunkLoading: "import-scripts" },
    },
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks sit next to the pages; relative URLs work from any folder of any host.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ts-loader makes ES2017 of our code; babel then lowers what TypeScript leaves alone
          // (regex flags such as /s) for the same browserslist as the dependencies.
          use: [
            babelLoader,
            {
            loader: "ts-loader",
            options: {
              // `npm run typecheck` checks types; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2017", sourceMap: !production, removeComments: false },
            },
            },
          ],
        },
        {
          // Dependencies ship `?.`, `??`, object spread and class fields (Fluent UI's among them),
          // which the EdgeHTML webview and WebKit before Safari 13.1 cannot parse: babel lowers
          // them for package.json's "browserslist" (the oldest webviews that still run add-ins).
          // Syntax only: no polyfills. ExcelJS ships its own ES5 browser build.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: /[\\/]node_modules[\\/](?:exceljs|core-js|@babel[\\/]runtime|webpack[\\/]buildin)[\\/]/,
          use: babelLoader,
        },
      ],
    },
    optimization: {
      // Each page gets one initial script; the engine, the Office layer and ExcelJS are async chunks.
      splitChunks: {
        chunks: "async",
        // Named so a look at dist/ (and the tests) can tell that ExcelJS stays out of the pane.
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", priority: 20 } },
      },
    },
    performance: {
      // ExcelJS (an async chunk of the browser page only) is large by nature; the pane's initial
      // script budget is checked by scripts/bundleSize.ts.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "module",
        inject: "head",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
        // A classic deferred script, not a module: browsers refuse module scripts from file://,
        // and this page should also work opened straight from a folder. Internet Explorer
        // fails to parse it and shows the page's inline notice instead.
        scriptLoading: "defer",
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString("utf8").split(DEV_URL).join(baseUrl),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
          static: false,
          hot: false,
        }
      : undefined,
  };
};
