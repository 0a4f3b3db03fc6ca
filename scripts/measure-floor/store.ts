import { defineStore } from 'pinia'

export const useGreetingStore = defineStore('greeting', {
  state: () => ({ text: 'A bare Vue, Vue Router and Pinia page.' }),
})
