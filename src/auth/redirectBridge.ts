import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge'

// The redirect URI's page (redirect.html): it passes the provider's answer to the console, which
// opened the sign-in, whether by redirect (it navigates back) or in a hidden frame (it broadcasts).
void broadcastResponseToMainFrame()
