/**
 * The subscription data model moved to the data layer (lib/db/subscriptions.ts), where the
 * background's refresh service (team-distribution issue) shares it; the options page keeps
 * importing from here.
 */
export {
  SUBSCRIPTIONS_KEY,
  addSubscription,
  checkSubscriptionUrl,
  getSubscription,
  listSubscriptions,
  removeSubscription,
  subscriptionStatus,
  updateSubscription,
  type PackSubscription,
  type SubscriptionChange,
  type SubscriptionStatus,
  type UrlCheck,
} from '../../../lib/db/subscriptions';
