import { createApp } from 'vue';
import 'resource-finder/define.js';
import App from './App.vue';

createApp(App).mount('#app');
