// `npm run build:wps`: the WPS 加载项 (WPS 表格) into dist/wps — the add-in folder budget-ruler_<version>/ (ribbon.xml,
// the entry page index.html + main.js whose OnAddinLoad/OnAction the ribbon calls, the same task pane as the Excel
// add-in, built from the same sources, and the district packs it fetches from its own folder) and beside it the two
// files WPS reads to find it: jsplugins.xml (online: every desktop's oem.ini points at it on the intranet server) and
// publish.xml (offline: copied with the folder into each desktop's jsaddons folder). Nothing is loaded from outside
// the add-in's own server: no office.js, no CDN. BUDGET_RULER_WPS_URL is where dist/wps is served (ends with /).
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const paneConfig = require("./webpack.config.js");
const { version } = require("./package.json");

const base = process.env.BUDGET_RULER_WPS_URL || "http://budget-ruler.example.gov.cn/wps/";
const folder = `budget-ruler_${version}`;
// The Excel pane's policy without Microsoft's origin: in WPS everything comes from the add-in's own server.
const CSP = paneConfig.CSP.replace(/ https:\/\/appsforoffice\.microsoft\.com/g, "");
const fill = (content) =>
  content
    .toString()
    .replaceAll("{{URL}}", `${base.replace(/\/?$/, "/")}${folder}/`)
    .replaceAll("{{VERSION}}", version);

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode === "development" ? "development" : "production";
  // webpack.config.js builds the pane and the offline page; the WPS build takes the pane's resolve and loaders.
  const pane = (await paneConfig({ ...env, WEBPACK_BUILD: true }, { ...options, mode })).find((c) => c.name === "pane");
  const to = (name) => `${folder}/${name}`;
  return {
    mode,
    devtool: false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      main: "./src/wps/addin/main.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/wps"),
      filename: to("[name].js"),
      chunkFilename: to("[name].chunk.js"),
      clean: true,
      environment: { globalThis: true },
    },
    resolve: pane.resolve,
    module: pane.module,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: to("taskpane.html"),
        template: "./src/wps/addin/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: to("index.html"),
        template: "./src/wps/addin/index.html",
        chunks: ["main"],
        templateParameters: { csp: CSP },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin/ribbon.xml", to: to("ribbon.xml") },
          { from: "src/taskpane/taskpane.css", to: to("taskpane.css") },
          { from: "assets/icon-*.png", to: to("assets/[name][ext]") },
          ...["qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"].map((id) => ({
            from: `standards/${id}.json`,
            to: to(`standards/${id}.json`),
          })),
          { from: "src/wps/addin/jsplugins.xml", to: "jsplugins.xml", transform: fill },
          { from: "src/wps/addin/publish.xml", to: "publish.xml", transform: fill },
        ],
      }),
    ],
  };
};
module.exports.CSP = CSP;
module.exports.folder = folder;
