import type { ReactNode } from "react";
import type { Space } from "@sambruk/contracts";

type AccessibilityFeature = Space["accessibility"][number];

/**
 * A small icon for an accessibility feature. Decorative: it is always shown beside the feature's name in
 * words, which is its text alternative (so a screen reader does not hear the name twice).
 */
export function AccessibilityIcon({ feature }: { feature: AccessibilityFeature }) {
  return (
    <svg
      className="feature-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[feature]}
    </svg>
  );
}

const paths: Record<AccessibilityFeature, ReactNode> = {
  // A wheelchair user.
  step_free: (
    <>
      <circle cx="11" cy="4" r="1.8" />
      <path d="M11 7v6h5l2 5" />
      <path d="M11 10h4" />
      <path d="M8 11.5a5 5 0 1 0 7 6" />
    </>
  ),
  // An ear with the loop's waves.
  hearing_loop: (
    <>
      <path d="M6 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-5 2" />
      <path d="M9 9a2 2 0 0 1 4 0" />
      <path d="M18 6a7 7 0 0 1 0 8" />
      <path d="M20.5 4a10 10 0 0 1 0 12" />
    </>
  ),
  // A toilet door sign: a person beside a wheelchair wheel.
  accessible_wc: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <circle cx="9" cy="7" r="1.3" />
      <path d="M9 9.5v4h3.5l1.5 3" />
      <path d="M7 12a3.5 3.5 0 1 0 5 4" />
      <path d="M16 8v8" />
    </>
  ),
};
