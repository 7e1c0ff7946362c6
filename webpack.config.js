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
    module: {
      rules: [
        // The core runs nothing when a module loads (it is pure: src/core/index.ts re-exports, the rest declares), so
        // a module the pane takes nothing from is left out — load-standard.ts and its generated validators are the
        // CLI's and stay out of the pane although the entry point re-exports them.
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
      ],
    },
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

module.exports = config;
module.exports.CSP = CSP;
