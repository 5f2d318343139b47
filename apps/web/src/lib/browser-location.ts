/** Leaves the app for another address (an identity provider); an object so tests can replace `assign`. */
export const browserLocation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
