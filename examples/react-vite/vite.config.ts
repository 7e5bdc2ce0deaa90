import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Nothing to configure for the elements: the search worker is a file the package names with
// `new URL(…, import.meta.url)`, which Vite copies into the build.
export default defineConfig({ plugins: [react()], base: './' });
