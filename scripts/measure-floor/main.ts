// The floor `npm run measure` holds the console against: a bare Vue + Vue Router + Pinia page built with the same
// versions, one lazy route, one store. Whatever the console costs above this is ours.
import { createPinia } from 'pinia'
import { createApp, h } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'

const router = createRouter({
  history: createWebHistory(),
  routes: [{ path: '/:pathMatch(.*)*', component: () => import('./HomeView.ts') }],
})

createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(router)
  .mount('#app')
