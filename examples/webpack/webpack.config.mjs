import HtmlWebpackPlugin from 'html-webpack-plugin';

// Nothing to configure for the elements: webpack 5 copies the search worker, which the package names with
// `new URL(…, import.meta.url)`, as an asset of the build.
export default {
  entry: './src/index.js',
  output: { path: new URL('./dist/', import.meta.url).pathname, clean: true, publicPath: 'auto' },
  plugins: [new HtmlWebpackPlugin({ template: './src/index.html' })],
};
