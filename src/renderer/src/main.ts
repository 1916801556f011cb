import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { installLab } from './lab-client'
import './styles.css'
import './exercises.css'

installLab()
document.documentElement.lang = i18n.global.locale.value
createApp(App).use(createPinia()).use(i18n).mount('#app')
