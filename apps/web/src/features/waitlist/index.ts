export { JoinWaitlistButton } from "./components/join-waitlist-button";
export { WaitlistSection } from "./components/waitlist-section";
