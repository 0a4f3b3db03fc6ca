/** Whether a browser can be opened here (see start.mjs). */
export declare function canOpenBrowser(platform: string, env: Record<string, string | undefined>): boolean
