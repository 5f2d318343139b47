import type { Centre } from "@sambruk/contracts";

export function CentreAddress({ address }: { address: Centre["address"] }) {
  return (
    <address className="centre-address">
      {address.street}
      <br />
      {address.postalCode} {address.postalTown}
    </address>
  );
}
