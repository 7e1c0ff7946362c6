// Builds the task pane and the ribbon command page into dist/web (dist/src holds the compiled CLI).
// As in the Office add-in template: `npm run build` substitutes the production URL into the manifest;
// `npm run dev-server` serves https://localhost:3000 with office-addin-dev-certs' certificates.
// BUDGET_RULER_LOCAL_OFFICE=1 (the browser tests) copies office.js from @microsoft/office-js and loads it
// from the same origin; production pages load office.js from Microsoft's CDN, the supported source.
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.BUDGET_RULER_URL || "https://budget-ruler.example.gov.cn/";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_CDN = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;

// Griffel (Fluent UI's CSS-in-JS) and FluentProvider create EMPTY <style> elements and fill them through CSSOM
// (sheet.insertRule), which style-src does not govern; only creating the element is checked, against the hash of
// its (empty) text. Allowing that one hash — of the empty string — lets them work without 'unsafe-inline': a <style>
// with any content, or an inline style="" attribute, is still refused.
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The Content-Security-Policy of every page (taskpane, commands, help), as a <meta> tag and as the dev server's
 * header. office.js and the host scripts it loads come from Microsoft's CDN (production) or from the add-in's own
 * origin (the browser tests copy them locally), everything else from 'self'; no eval, no inline script, no plugins,
 * no frames. frame-ancestors cannot be set from a <meta> tag and would have to list every Office host, so it is not set.
 */
const CSP = [
  "default-src 'none'",
  `script-src 'self' ${OFFICE_ORIGIN}`,
  `style-src 'self' ${EMPTY_STYLE_HASH}`,
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    // On Linux the CA cannot be installed into a system store (no sudo, no Office to trust it), but the
    // certificates were generated: serve with them so build/serve/test still work here.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(`证书未安装到系统（${err.message.split("\n")[0]}）；使用 ${dir} 中的开发证书继续。`);
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

/**
 * How every bundle of the project (the pane, the offline page, the WPS add-in, the browser tests' fake hosts) compiles
 * TypeScript. The core runs nothing when a module loads (it is pure: src/core/index.ts re-exports, the rest declares),
 * so a module a bundle takes nothing from is left out — load-standard.ts and its generated validators are the CLI's
 * and stay out of the pane although the entry point re-exports them.
 */
const MODULE_RULES = [
  { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler" },
      },
    },
  },
];

const config = async (env, options) => {
  const dev = options.mode !== "production";
  const localOffice = process.env.BUDGET_RULER_LOCAL_OFFICE === "1";
  const officeJs = localOffice ? "office/office.js" : OFFICE_CDN;
  const copies = [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    { from: "src/help/help.css", to: "help.css" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    // The district packs the pane fetches from its own origin when first needed (src/taskpane/standards.ts,
    // SERVED_STANDARDS); the pane checks each with bundledPack, test/taskpane/bundled-packs.test.ts strictly.
    ...["qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"].map((id) => ({
      from: `standards/${id}.json`,
      to: `standards/${id}.json`,
    })),
    {
      from: "manifest.xml",
      to: "manifest.xml",
      // The URLs first, then the bare origin (AppDomain), as the template does for its own manifest.
      transform: (content) =>
        dev
          ? content
          : content
              .toString()
              .replaceAll(urlDev, urlProd)
              .replaceAll(urlDev.replace(/\/$/, ""), urlProd.replace(/\/$/, "")),
    },
  ];
  if (localOffice) {
    const dist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
    copies.push(
      { from: path.join(dist, "office.js"), to: "office/office.js", info: { minimized: true } },
      { from: path.join(dist, "o15apptofilemappingtable.js"), to: "office/[name][ext]", info: { minimized: true } },
      { from: path.join(dist, "excel-*.js"), to: "office/[name][ext]", info: { minimized: true } },
      { from: path.join(dist, "en-us"), to: "office/en-us", info: { minimized: true } },
      { from: path.join(dist, "zh-cn"), to: "office/zh-cn", info: { minimized: true } },
    );
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      chunkFilename: "[name].chunk.js",
      clean: true,
      // Every host the pane supports (React 19, Fluent v9: no Internet Explorer) has globalThis; saying so keeps
      // webpack's runtime from its `new Function("return this")` fallback, which the CSP would refuse.
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: MODULE_RULES },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs, csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs, csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
        templateParameters: { csp: CSP },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist/web") },
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": CSP },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await httpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

/**
 * The offline page (src/web): the policy of dist/budget-ruler.html and dist/web/check.html. No request of any kind:
 * the one inline script and the one inline stylesheet by their hashes, workers from blob: URLs the page itself makes
 * (its script, held in the page), nothing else — no connect, image, font, frame, form or base.
 */
function pageCsp(scriptHash, styleHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    `style-src '${styleHash}'`,
    "worker-src blob:",
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

const sha256 = (text) => `sha256-${require("crypto").createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * Puts the page together once both bundles are built: one HTML file with everything inline — the stylesheet, the
 * worker's script as a string the page turns into a blob: URL, the page's script — and a CSP naming their hashes.
 * Emitted as dist/web/check.html (served beside the pane) and written to dist/budget-ruler.html (the file to copy to
 * a share or a USB stick); the two are the same bytes.
 */
class SelfContainedPage {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    let html = null;
    compiler.hooks.thisCompilation.tap("SelfContainedPage", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SelfContainedPage", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const text = (name) => compilation.getAsset(name).source.source().toString();
          // "</script" may not appear inside an inline script; "<\/" means the same in a JS string, regex or comment.
          const safe = (js) => js.replace(/<\/(script)/gi, "<\\/$1");
          const worker = JSON.stringify(text("check-worker.js")).replace(/<\//g, "<\\/").replace(/<!--/g, "<\\u0021--");
          const script = `var BUDGET_RULER_WORKER=${worker};\n${safe(text("check-page.js"))}`;
          const fs = require("fs");
          const style = fs.readFileSync(path.join(__dirname, "src/web/check.css"), "utf8");
          html =
            "<!doctype html>\n" +
            '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' +
            `<meta http-equiv="Content-Security-Policy" content="${pageCsp(sha256(script), sha256(style))}">\n` +
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
            "<title>预算标尺 · 送审预算批量检查</title>\n" +
            `<style>${style}</style>\n</head>\n<body>\n` +
            '<div id="app"><noscript>本页需要启用 JavaScript。This page needs JavaScript.</noscript></div>\n' +
            `<script>${script}</script>\n</body>\n</html>\n`;
          compilation.deleteAsset("check-worker.js");
          compilation.deleteAsset("check-page.js");
          // Marked minimized: a minimizer must not touch it (the hashes in its CSP are of these exact bytes).
          compilation.emitAsset("check.html", new sources.RawSource(html), { minimized: true });
        },
      );
    });
    compiler.hooks.afterEmit.tap("SelfContainedPage", () => {
      if (html !== null) require("fs").writeFileSync(path.join(__dirname, "dist", "budget-ruler.html"), html);
    });
  }
}

/**
 * The page's build: its script and its worker's (the CLI's reading, audit and writers: src/cli, run unchanged), with
 * the two Node pieces they use supplied — Buffer from the `buffer` package, `zlib` (inflate only) from
 * src/web/zlib-inflate.ts on fflate — and the packs compiled in. Built after the pane (whose build empties dist/web).
 */
function pageConfig(env, options) {
  const webpack = require("webpack");
  return {
    name: "page",
    dependencies: ["pane"],
    mode: options.mode === "production" ? "production" : "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: { "check-page": "./src/web/page.ts", "check-worker": "./src/web/worker.ts" },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      publicPath: "",
      clean: false,
      environment: { globalThis: true },
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: {
      extensions: [".ts", ".js", ".json"],
      alias: { zlib: path.resolve(__dirname, "src/web/zlib-inflate.ts") },
      fallback: { buffer: require.resolve("buffer/") },
    },
    module: { rules: MODULE_RULES },
    performance: { hints: false },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new webpack.DefinePlugin({ BUDGET_RULER_VERSION: JSON.stringify(require("./package.json").version) }),
      new SelfContainedPage(),
    ],
  };
}

const configs = async (env, options) => {
  const pane = await config(env, options);
  return [{ ...pane, name: "pane" }, pageConfig(env, options)];
};

module.exports = configs;
module.exports.CSP = CSP;
module.exports.pageCsp = pageCsp;
module.exports.MODULE_RULES = MODULE_RULES;
