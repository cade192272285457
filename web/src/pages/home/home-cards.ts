import type { ComponentType } from 'react';
import { MyActionItemsCard } from './my-action-items-card';
import { MyWorkCards } from './my-work-cards';
import { NextReviewsCard } from './next-reviews-card';
import { NotificationPreferencesCard } from './notification-preferences-card';

/**
 * The cards of the home page, in order. Another part adds its card with one line
 * here (status reports to write, reviews this week…); each card loads its own data.
 */
export const HOME_CARDS: { key: string; Card: ComponentType }[] = [
  { key: 'my-action-items', Card: MyActionItemsCard },
  { key: 'my-work', Card: MyWorkCards },
  { key: 'next-reviews', Card: NextReviewsCard },
  { key: 'notification-preferences', Card: NotificationPreferencesCard },
];
