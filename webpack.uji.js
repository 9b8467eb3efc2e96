// The Office stub with the in-memory Excel fake, for the browser test only.
const path = require('node:path');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: './test/browser/palsu-browser.ts',
  output: { path: path.join(__dirname, 'dist', 'uji'), filename: 'office-palsu.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', transpileOnly: true } } }] },
};
