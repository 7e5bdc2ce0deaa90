import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must be told which tags are custom elements, so that it leaves them to the browser.
export default defineConfig({
  base: './',
  plugins: [
    vue({
      template: {
        compilerOptions: { isCustomElement: (tag) => tag === 'resource-finder' || tag.startsWith('rf-') },
      },
    }),
  ],
});
