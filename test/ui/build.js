// Builds what the browser tests load: the production task pane (with office.js copied locally, since the
// tests have no network) into dist/web, the offline page (dist/budget-ruler.html), the WPS add-in into dist/wps, and
// the fake hosts into dist/test-ui.
"use strict";

const path = require("path");
const webpack = require("webpack");

const root = path.join(__dirname, "..", "..");

function compile(config) {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

module.exports = async function build() {
  process.env.BUDGET_RULER_LOCAL_OFFICE = "1";
  // The pane and the offline page (dist/budget-ruler.html), built together: the page is built after the pane.
  const configs = await require(path.join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode: "production" });
  await compile(configs.map((c) => ({ ...c, mode: "production", context: root })));
  // The WPS 加载项 (npm run build:wps), and the WPS object-model emulator the WPS pane test injects.
  const wpsConfig = await require(path.join(root, "webpack.wps.config.js"))({}, { mode: "production" });
  await compile({ ...wpsConfig, context: root });
  await compile({
    mode: "development",
    devtool: false,
    context: root,
    entry: { "fake-host": "./test/ui/fake-host.ts", "wps-host": "./test/ui/wps-host.ts" },
    output: { path: path.join(root, "dist", "test-ui"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: require(path.join(root, "webpack.config.js")).MODULE_RULES },
  });
};
