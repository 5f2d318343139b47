/** The front desk's page. */
export const DESK_PATH = "/vertskap";
