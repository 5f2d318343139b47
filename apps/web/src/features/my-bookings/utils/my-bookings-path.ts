/** The client route of the signed-in user's bookings. */
export const MY_BOOKINGS_PATH = "/mine-bookinger";
