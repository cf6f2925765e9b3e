/**
 * Builds a parameterised WHERE clause from optional filters: each condition's `?` becomes
 * the placeholder of its value, so user input never enters the SQL text.
 */
export class SqlFilter {
  readonly values: unknown[] = [];
  private readonly conditions: string[] = [];

  add(condition: string, value?: unknown): this {
    if (arguments.length === 1) {
      this.conditions.push(condition);
      return this;
    }
    this.values.push(value);
    this.conditions.push(condition.replaceAll('?', `$${this.values.length}`));
    return this;
  }

  get where(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /** Placeholders for LIMIT and OFFSET after the filter's own values. */
  page(limit: number, offset: number): { sql: string; values: unknown[] } {
    const next = this.values.length;
    return {
      sql: `LIMIT $${next + 1} OFFSET $${next + 2}`,
      values: [...this.values, limit, offset],
    };
  }
}
