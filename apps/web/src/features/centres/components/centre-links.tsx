import { Link } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";

interface CentreLinksProps {
  links: readonly { to: string; label: string }[];
}

/** The ways on from a centre's page (its programme, a free room here), as a plain list of links. */
export function CentreLinks({ links }: CentreLinksProps) {
  return (
    <ul className="centre-links">
      {links.map((link) => (
        <li key={link.to}>
          <Link asChild>
            <RouterLink to={link.to}>{link.label}</RouterLink>
          </Link>
        </li>
      ))}
    </ul>
  );
}
