// Build of the add-in: the task pane and the ribbon's function file, one HTML page each.
// Production: CAPAIAN_URL=https://host/path npm run build   (the manifest's https://localhost:3000 is replaced)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');

const URL_DEV = 'https://localhost:3000';

/** Dev certificates made by `npx office-addin-dev-certs install`, when present. */
function sertifikatDev() {
  const folder = path.join(os.homedir(), '.office-addin-dev-certs');
  const berkas = (n) => path.join(folder, n);
  if (!fs.existsSync(berkas('localhost.crt'))) return undefined;
  return { key: fs.readFileSync(berkas('localhost.key')), cert: fs.readFileSync(berkas('localhost.crt')), ca: fs.readFileSync(berkas('ca.crt')) };
}

module.exports = (_env, argv) => {
  const produksi = argv.mode === 'production';
  const urlAddin = (process.env.CAPAIAN_URL || URL_DEV).replace(/\/$/, '');
  if (produksi && !urlAddin.startsWith('https://')) throw new Error('CAPAIAN_URL harus https://');
  const sert = sertifikatDev();
  return {
    mode: produksi ? 'production' : 'development',
    devtool: produksi ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The engine in a Web Worker (src/taskpane/mesin.ts): a fixed name the pane finds, a build id against stale caches.
      'pekerja-mesin': './src/taskpane/pekerja-mesin.ts',
    },
    output: {
      path: path.join(__dirname, 'dist', 'addin'),
      filename: (d) => (d.chunk.name === 'pekerja-mesin' ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __BERKAS_PEKERJA__: JSON.stringify(`pekerja-mesin.js?b=${Date.now().toString(36)}`) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/bantuan.html', to: 'bantuan.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (isi) => isi.toString().split(URL_DEV).join(urlAddin) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: sert ? { type: 'https', options: sert } : 'http',
      static: { directory: path.join(__dirname, 'dist', 'addin') },
    },
  };
};
