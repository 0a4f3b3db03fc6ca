import type { Component } from 'vue'
import { defineAsyncComponent } from 'vue'
import { useMicrosoft365Session } from '@/auth/session'

/** The signed-in account and its Sign out, loaded only where a Microsoft 365 sign-in has one (never in the demo). */
export function useAccountComponent(): Component | undefined {
  return useMicrosoft365Session() ? defineAsyncComponent(() => import('./ShellAccount.vue')) : undefined
}
