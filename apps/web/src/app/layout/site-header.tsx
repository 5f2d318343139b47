import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <div className="site-header__brand">
          <Link to="/" className="site-header__name">
            {t("app.name")}
          </Link>
          <Paragraph data-size="sm" className="site-header__tagline">
            {t("app.tagline")}
          </Paragraph>
        </div>
        <div className="site-header__tools">
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t("app.mainNav")} className="site-nav">
        <ul className="site-nav__list container">
          <li>
            <NavLink to="/" end className="site-nav__link">
              {t("nav.centres")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/program" className="site-nav__link">
              {t("programme.title")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/finn-rom" className="site-nav__link">
              {t("centres.findRoomNav")}
            </NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
