import type { Centre as CentreDto, WeeklyHours } from "@sambruk/contracts";
import { formatWallTime, type Centre, type WeeklyInterval } from "@sambruk/domain";

export function toWeeklyHoursDto(interval: WeeklyInterval): WeeklyHours {
  return {
    weekday: interval.weekday,
    opens: formatWallTime(interval.opensMinute),
    closes: formatWallTime(interval.closesMinute),
  };
}

export function toCentreDto(centre: Centre): CentreDto {
  return {
    ...centre,
    address: { ...centre.address },
    openingHours: centre.openingHours.map(toWeeklyHoursDto),
    staffedHours: centre.staffedHours.map(toWeeklyHoursDto),
  };
}
