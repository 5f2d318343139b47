import { screen, within } from "@testing-library/react";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { buildStaffAppointment } from "../../../testing/drop-in-factories";
import { staffAppointmentsHandlers } from "../../../testing/drop-in-handlers";
import { buildMe } from "../../../testing/factories";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

function signedIn() {
  const session: FakeSession = { me: buildMe() };
  const api = staffAppointmentsHandlers(session, {
    "2026-03-12": [
      buildStaffAppointment(),
      buildStaffAppointment({ start: "2026-03-12T09:15:00Z", end: "2026-03-12T09:30:00Z", mode: "digital", name: "Ola (demo)", phone: null }),
    ],
  });
  server.use(...sessionHandlers(session), ...api.handlers);
  return api;
}

describe("the staff's appointments", () => {
  it("lists today's appointments in Oslo, and another day's on choosing a date; an empty day says so", async () => {
    const { queries } = signedIn();
    const { user } = renderApp({ path: "/timeavtaler" });
    const table = await screen.findByRole("table", { name: "Timeavtaler torsdag 12. mars 2026" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]!).getByRole("rowheader")).toHaveTextContent("10:00–10:15");
    expect(rows[1]).toHaveTextContent("OppmøteKari Nordmann91234567NAV-veiledning (NAV Asker)Tofte, Samtalerommet");
    expect(rows[2]).toHaveTextContent("Digitalt møteOla (demo)Ikke oppgitt");
    expect(queries).toEqual([{ date: "2026-03-12" }]);

    const date = screen.getByLabelText("Dato");
    expect(date).toHaveValue("2026-03-12");
    await user.clear(date);
    await user.type(date, "2026-03-13");
    expect(await screen.findByText("Ingen timeavtaler denne dagen.")).toBeInTheDocument();
    expect(queries.at(-1)).toEqual({ date: "2026-03-13" });
  });

  it("is linked from the account menu for members of an organisation", async () => {
    signedIn();
    const { user } = renderApp({ path: "/" });
    const menu = within(await screen.findByRole("region", { name: "Konto" }));
    await user.click(menu.getByRole("link", { name: "Timeavtaler" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Timeavtaler" })).toBeInTheDocument();
  });

  it("asks a visitor to log in", async () => {
    renderApp({ path: "/timeavtaler" });
    expect(await screen.findByText(/Du må logge inn for å se timeavtalene/)).toBeInTheDocument();
  });
});
