import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { SessionService } from '../auth/session.service';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { socketServerOptions } from '../graphql/socket-auth';

const PATH = '/graphql';
/** The largest message a socket may send: what HTTP allows for a request body (100 kB). */
export const MAX_SOCKET_MESSAGE_BYTES = 100 * 1024;

/**
 * The websocket endpoint of /graphql (graphql-ws), run here rather than by @nestjs/graphql so
 * that every message is checked as HTTP requests are (socket-auth.ts) and no message may be
 * larger than an HTTP body (ws would take 100 MiB).
 */
@Injectable()
export class SocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private sockets?: WebSocketServer;
  private server?: Server;
  private stop?: () => Promise<void>;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly sessions: SessionService,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  onApplicationBootstrap() {
    const schemaHost = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES });
    const served = useServer(
      socketServerOptions({
        sessions: this.sessions,
        publicUrl: this.environment.PUBLIC_URL,
        production: this.environment.NODE_ENV === 'production',
        schema: () => schemaHost.schema,
      }),
      sockets,
    );
    this.sockets = sockets;
    this.stop = async () => {
      await served.dispose();
    };
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.upgrade);
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const sockets = this.sockets;
    if (!sockets || new URL(request.url ?? '/', 'http://tandem').pathname !== PATH) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) =>
      sockets.emit('connection', client, request),
    );
  };

  /** Closes every socket (1001, going away) before the database pools close. */
  async onModuleDestroy() {
    this.server?.off('upgrade', this.upgrade);
    await this.stop?.();
  }
}
