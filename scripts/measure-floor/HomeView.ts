import { defineComponent, h } from 'vue'
import { useGreetingStore } from './store.ts'

export default defineComponent(() => {
  const greeting = useGreetingStore()
  return () => h('main', [h('h1', 'Floor'), h('p', greeting.text)])
})
