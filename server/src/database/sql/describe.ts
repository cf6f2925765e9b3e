import type { Client, Connection } from 'pg';

/** What PostgreSQL says a statement takes and returns, without running it. */
export interface StatementShape {
  paramTypeOids: number[];
  columns: Array<{ name: string; typeOid: number }>;
}

type DescribingConnection = Connection & {
  parse(query: { text: string; name?: string; types?: number[] }): void;
  describe(message: { type: 'S' | 'P'; name?: string }): void;
  sync(): void;
};

/**
 * Parse and Describe over the extended protocol (what a driver does before it binds a
 * prepared statement), as a node-postgres submittable so the client's queue stays in charge.
 */
class Describe {
  private shape: StatementShape = { paramTypeOids: [], columns: [] };
  private error: Error | undefined;
  readonly done: Promise<StatementShape>;
  private settle!: { resolve: (shape: StatementShape) => void; reject: (error: Error) => void };

  constructor(private readonly text: string) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: DescribingConnection) {
    connection.once('parameterDescription', (message: { dataTypeIDs: number[] }) => {
      this.shape.paramTypeOids = message.dataTypeIDs;
    });
    connection.parse({ text: this.text, types: [] });
    connection.describe({ type: 'S' });
    connection.sync();
  }

  handleRowDescription(message: { fields: Array<{ name: string; dataTypeID: number }> }) {
    this.shape.columns = message.fields.map((field) => ({
      name: field.name,
      typeOid: field.dataTypeID,
    }));
  }

  handleError(error: Error) {
    this.error = error;
  }

  handleReadyForQuery() {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.shape);
  }

  handleDataRow() {}
  handleCommandComplete() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
}

export function describeStatement(client: Client, text: string): Promise<StatementShape> {
  const describing = new Describe(text);
  void client.query(describing as never);
  return describing.done;
}
