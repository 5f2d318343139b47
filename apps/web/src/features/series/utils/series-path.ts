/** The page of one series. */
export const seriesPath = (id: string) => `/serie/${encodeURIComponent(id)}`;
