// The front desk's forms, rendered by the desk page in its tabs "Ny booking" and "Blokker".
export { BlockForm } from "./components/block-form";
export { DeskBookingForm, type DeskFormProps } from "./components/desk-booking-form";
