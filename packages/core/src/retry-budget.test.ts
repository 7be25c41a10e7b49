import { describe, expect, it } from 'vitest';
import { resolveRetry } from './retry.js';
import { budgetAllows, createRetryBudget, elapsedMs } from './retry-budget.js';

describe('RetryBudget', () => {
  const retry = resolveRetry({ maxAttempts: 3, maxElapsedMs: 1_000 });

  it('allows another attempt while fewer than maxAttempts were made and the wait ends within maxElapsedMs', () => {
    const budget = createRetryBudget(retry, 0);
    expect(elapsedMs(budget, 250)).toBe(250);
    expect(budgetAllows(budget, 500, 0)).toBe(true);
    expect(budgetAllows(budget, 1_000, 0)).toBe(true);
    expect(budgetAllows(budget, 1_001, 0)).toBe(false);
    expect(budgetAllows(budget, 500, 600)).toBe(false);
    budget.attempts = 3;
    expect(budgetAllows(budget, 0, 0)).toBe(false);
  });
});
