export declare const SERVER_ACTION_BODY_LIMIT_BYTES: number
export declare const TOO_LARGE_MESSAGE: string
