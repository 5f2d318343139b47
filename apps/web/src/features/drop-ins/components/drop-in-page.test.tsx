import { screen, waitFor, within } from "@testing-library/react";
import type { DropIn, DropInQuery } from "@sambruk/contracts";
import { buildDropIn } from "../../../testing/drop-in-factories";
import { dropInListHandlers, takeAppointmentHandlers } from "../../../testing/drop-in-handlers";
import { problemResponse } from "../../../testing/handlers";
import { createI18n } from "../../../lib/i18n/create-i18n";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import { dropInPath } from "../utils/drop-in-paths";

function publish(dropIn: DropIn) {
  let windows = [dropIn];
  const queries: DropInQuery[] = [];
  server.use(...dropInListHandlers(() => windows, queries));
  const path = dropInPath({ id: dropIn.id, start: dropIn.start, centreId: dropIn.centre.id });
  return { path, queries, replace: (next: DropIn) => { windows = [next]; } };
}

describe("taking a drop-in appointment", () => {
  it("takes a free slot anonymously with a name and phone, and shows the receipt with the cancel link", async () => {
    const dropIn = buildDropIn();
    const { path, queries } = publish(dropIn);
    const take = takeAppointmentHandlers(dropIn);
    server.use(...take.handlers);
    const { user } = renderApp({ path });

    expect(await screen.findByRole("heading", { level: 1, name: "NAV-veiledning" })).toBeInTheDocument();
    expect(screen.getByText("Tofte, Spør i vertskapet")).toBeInTheDocument();
    expect(screen.getByText("fredag 13. mars 2026, 10:00–11:00")).toBeInTheDocument();
    // That centre's windows of that Oslo day.
    expect(queries).toEqual([{ centreId: dropIn.centre.id, from: "2026-03-13T00:00:00+01:00", to: "2026-03-14T00:00:00+01:00" }]);
    expect(screen.getByRole("radio", { name: "fredag 13. mars 2026, 10:15–10:30, opptatt" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Bestill timen" }));
    expect(screen.getByRole("textbox", { name: "Navn" })).toHaveAccessibleDescription("Skriv navnet ditt.");
    expect(screen.getByRole("textbox", { name: "Telefonnummer" })).toHaveAccessibleDescription(
      expect.stringContaining("Skriv et norsk telefonnummer med 8 siffer."),
    );
    expect(screen.getByText("Velg en ledig time.")).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole("radio", { name: "fredag 13. mars 2026, 10:00–10:15, ledig" })).toHaveFocus();
    });

    await user.click(screen.getByRole("radio", { name: "fredag 13. mars 2026, 10:30–10:45, ledig" }));
    await user.click(screen.getByRole("radio", { name: "Digitalt møte" }));
    await user.type(screen.getByRole("textbox", { name: "Navn" }), "Kari Nordmann");
    await user.type(screen.getByRole("textbox", { name: "Telefonnummer" }), "912 34");
    await user.click(screen.getByRole("button", { name: "Bestill timen" }));
    expect(take.sent).toEqual([]);
    await user.type(screen.getByRole("textbox", { name: "Telefonnummer" }), " 567");
    await user.click(screen.getByRole("button", { name: "Bestill timen" }));

    const receipt = await screen.findByRole("region", { name: "Timen er bestilt" });
    expect(take.sent).toEqual([{ start: "2026-03-13T09:30:00Z", mode: "digital", name: "Kari Nordmann", phone: "91234567" }]);
    await waitFor(() => {
      expect(receipt).toHaveFocus();
    });
    const inReceipt = within(receipt);
    expect(inReceipt.getByText("fredag 13. mars 2026, 10:30–10:45")).toBeInTheDocument();
    expect(inReceipt.getByRole("link", { name: "https://meet.example.test/nav-tofte" })).toHaveAttribute("href", "https://meet.example.test/nav-tofte");
    const cancel = inReceipt.getByRole("link", { name: "Avbestill timen" });
    expect(cancel.getAttribute("href")).toMatch(/^\/avbestill-time\/[0-9a-f-]+\?token=cancel-token-0123456789abcdef$/);
    expect(inReceipt.getByText(/Ta vare på denne lenken/)).toBeInTheDocument();
  });

  it("refreshes the slots and says so when someone else took the slot first (409)", async () => {
    const dropIn = buildDropIn();
    const { path, replace } = publish(dropIn);
    const take = takeAppointmentHandlers(dropIn, () => {
      const slots = dropIn.appointments?.slots.map((slot) => ({ ...slot, available: slot.start === "2026-03-13T09:45:00Z" })) ?? [];
      replace({ ...dropIn, appointments: { minutes: 15, slots } });
      return problemResponse(409, "appointment_taken");
    });
    server.use(...take.handlers);
    const { user } = renderApp({ path });
    await user.click(await screen.findByRole("radio", { name: "fredag 13. mars 2026, 10:00–10:15, ledig" }));
    await user.type(screen.getByRole("textbox", { name: "Navn" }), "Kari Nordmann");
    await user.type(screen.getByRole("textbox", { name: "Telefonnummer" }), "91234567");
    await user.click(screen.getByRole("button", { name: "Bestill timen" }));

    expect(await screen.findByText("Noen andre rakk å ta denne timen. Listen er oppdatert: velg en annen.")).toBeInTheDocument();
    expect(await screen.findByRole("radio", { name: "fredag 13. mars 2026, 10:00–10:15, opptatt" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "fredag 13. mars 2026, 10:45–11:00, ledig" })).not.toBeChecked();
  });

  it("says what went wrong when the slot cannot be had (422)", async () => {
    const dropIn = buildDropIn({ modes: ["in_person"] });
    const { path } = publish(dropIn);
    server.use(...takeAppointmentHandlers(dropIn, () => problemResponse(422, "appointment_unavailable")).handlers);
    const { user } = renderApp({ path });
    await user.click(await screen.findByRole("radio", { name: "fredag 13. mars 2026, 10:00–10:15, ledig" }));
    expect(screen.queryByRole("group", { name: "Hvordan vil du møte?" })).not.toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Navn" }), "Kari");
    await user.type(screen.getByRole("textbox", { name: "Telefonnummer" }), "+47 912 34 567");
    await user.click(screen.getByRole("button", { name: "Bestill timen" }));
    expect(await screen.findByText("Denne timen kan ikke bestilles lenger. Velg en annen.")).toBeInTheDocument();
  });

  it("reads in nynorsk", async () => {
    const dropIn = buildDropIn({
      space: { id: dropIn0Id(), name: "Biblioteket", accessibility: { stepFree: true, hearingLoop: true, accessibleWc: false } },
    });
    const { path } = publish(dropIn);
    const i18n = createI18n();
    await i18n.changeLanguage("nn");
    renderApp({ path, i18n });
    expect(await screen.findByText("Tofte, Biblioteket")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Ledige timar" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "fredag 13. mars 2026, 10:15–10:30, oppteken" })).toBeDisabled();
    expect(screen.getByRole("textbox", { name: "Namn" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bestill timen" })).toBeInTheDocument();
  });

  it("says so when the window is not found", async () => {
    const { path } = publish(buildDropIn());
    renderApp({ path: path.replace(/drop-in\/[^?]+/, "drop-in/00000000-0000-4000-8000-999999999999") });
    expect(await screen.findByText("Vi fant ikke denne drop-in-tiden. Den kan være over eller fjernet.")).toBeInTheDocument();
  });
});

function dropIn0Id() {
  return "00000000-0000-4000-8000-888888888888";
}
