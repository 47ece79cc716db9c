/** The consumer group that builds verification's catalogue from activities and identity. */
export const CATALOGUE_GROUP = 'verification-catalogue';
