/**
 * Records of the shop and of bulk imports: collections, their listings, self-signup tokens and
 * bulk imports with their failed rows.
 */

/** A collection (a shop-like catalogue of courses and learning paths). */
export interface CollectionRecord {
  Id: string;
  Name: string;
  Description: string;
  DefaultListing: boolean;
  ImageURL: string | null;
  courseIds: string[];
  learningPathIds: string[];
}

/** A listing: the terms under which people or teams get a collection. */
export interface ListingRecord {
  Id: string;
  Name: string;
  Active: boolean;
  DurationType: string;
  MaxUsers: string;
  DurationDays: number;
  FixedDate: string;
  CollectionId: string;
  userIds: string[];
  teamIds: string[];
}

/** A self-signup token. */
export interface TokenRecord {
  TokenId: string;
  TokenCode: string;
  TokenType: number;
  TokenTypeId: string;
  Active: boolean;
  MaximumActivations: number;
  TokenExpiration: string;
}

/** A bulk import (people or courses) and the rows that failed. */
export interface BulkImportRecord {
  Id: string;
  kind: 'users' | 'courses';
  ImportDate: number;
  Status: string;
  TotalRecords: number;
  Created: number;
  Failed: number;
  Duplicate: number;
  InvalidEmail: number;
  SendEmails: boolean;
  SkipFirstLogin: boolean;
  IsAPIImport: boolean;
  errors: Array<{ Username: string; ImportStatus: string }>;
}
