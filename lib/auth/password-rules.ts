// Shared by the client-side hints and the server-side rules; no server-only imports here.
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256
