export declare const chromiumPath: string | undefined
export declare const chromiumLaunch: { executablePath: string | undefined; args: string[] }
