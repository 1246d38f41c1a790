// Remembers the light/dark choice for a year, so that the server paints the next visit in it.
export function remember(cookieName, mode) {
    document.cookie = `${cookieName}=${mode}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.classList.toggle('md-dark', mode === 'dark');
    document.documentElement.classList.toggle('md-light', mode !== 'dark');
}
