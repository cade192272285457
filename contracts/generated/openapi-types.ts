// Generated from openapi.json by `npm run openapi`. Do not edit.
export type paths = {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only audit trail, newest first */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/baselines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBaseline"];
        put?: never;
        post?: never;
        delete: operations["deleteBaseline"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/criteria/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteSuccessCriterion"];
        options?: never;
        head?: never;
        /** Change a success criterion, e.g. mark it met with evidence */
        patch: operations["updateSuccessCriterion"];
        trace?: never;
    };
    "/api/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dependencies with an end in a program and/or touching one task or milestone */
        get: operations["listDependencies"];
        put?: never;
        /**
         * Link two tasks or milestones, possibly in different programs
         * @description A link that would close a cycle is refused with 409 dependency_cycle; error.details.cycle lists the items on it in order, the first repeated last.
         */
        post: operations["createDependency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dependencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDependency"];
        put?: never;
        post?: never;
        delete: operations["deleteDependency"];
        options?: never;
        head?: never;
        /** Change a dependency's type or lag */
        patch: operations["updateDependency"];
        trace?: never;
    };
    "/api/feeds/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An iCalendar (RFC 5545) feed of milestones, at its secret URL */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecast-accuracy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecasts of finished milestones and programs scored against the day they finished: P50 error, within P80, calibration */
        get: operations["getForecastAccuracy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecasts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One forecast: status, progress and, once it succeeded, its results */
        get: operations["getForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database state */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create (or replace) the secret iCalendar feed URL of the milestones you own; the URL is shown only in this response */
        post: operations["rotateMyCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMilestone"];
        put?: never;
        post?: never;
        /** Delete a milestone with its criteria and dependencies; its tasks stay */
        delete: operations["deleteMilestone"];
        options?: never;
        head?: never;
        patch: operations["updateMilestone"];
        trace?: never;
    };
    "/api/milestones/{id}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a success criterion to a milestone */
        post: operations["createSuccessCriterion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List programs with filter, sort and pagination */
        get: operations["listPrograms"];
        put?: never;
        /** Create a program (only a name is required) */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /** Delete a program and everything planned under it */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/api/programs/{id}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program's baselines, oldest first (without their schedules) */
        get: operations["listBaselines"];
        put?: never;
        /** Save the program's current schedule as a named baseline */
        post: operations["saveBaseline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/baselines/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Variance of start, finish, duration and cost between two baselines or a baseline and the current schedule */
        get: operations["compareBaselines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create (or replace) the secret iCalendar feed URL of the program's milestones; the URL is shown only in this response */
        post: operations["rotateProgramCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's plan and computed schedule as an MSPDI, YAML plan or CSV file */
        get: operations["exportProgramPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's forecast history, newest first (P50/P80 of each, no full results) */
        get: operations["listForecasts"];
        put?: never;
        /** Queue a Monte Carlo forecast of the program (runs as a background job; poll GET /api/forecasts/{id} for progress) */
        post: operations["runForecast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program's milestones by due date, with their success criteria */
        get: operations["listMilestones"];
        put?: never;
        /** Add a milestone to a program, optionally with its success criteria */
        post: operations["createMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program with its workstreams, milestones, tasks and dependencies */
        get: operations["getProgramPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's risk events used by its forecasts */
        get: operations["listProgramRisks"];
        put?: never;
        /** Add a risk event: probability, delay on named tasks, optional cost */
        post: operations["createProgramRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's critical-path schedule (computed first when missing or when its inputs changed) */
        get: operations["getProgramSchedule"];
        put?: never;
        /** Recompute and store the program's schedule now */
        post: operations["recomputeProgramSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program's tasks with filter, text search, sort and pagination */
        get: operations["listTasks"];
        put?: never;
        /** Add a task to a program (only a name is required) */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/workstreams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program's workstreams in their sort order */
        get: operations["listWorkstreams"];
        put?: never;
        /** Add a workstream to a program (names are unique within it) */
        post: operations["createWorkstream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new program from an MSPDI, YAML plan or CSV file (all or nothing; bad rows are reported by line and field) */
        post: operations["importProgramPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteProgramRisk"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task and its dependencies */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams by name */
        get: operations["listTeams"];
        put?: never;
        /** Create a team (names are unique) */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /** Delete a team; its members and tasks are kept, without a team */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never their secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token; the secret is shown only in this response */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        /** Create an account (admin only) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workstreams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getWorkstream"];
        put?: never;
        post?: never;
        /** Delete a workstream; its milestones and tasks stay in the program */
        delete: operations["deleteWorkstream"];
        options?: never;
        head?: never;
        patch: operations["updateWorkstream"];
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ErrorBody: {
            error: {
                /** @enum {unknown} */
                code: "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "version_conflict" | "dependency_cycle" | "duplicate" | "data_folder_locked" | "rate_limited" | "internal_error" | "service_unavailable";
                details?: unknown;
                issues: {
                    /** @description Machine-readable reason, e.g. required, type, unknown_property. */
                    code: string;
                    message: string;
                    /** @description Where the problem is, e.g. body.name or query.limit. */
                    path: string;
                }[];
                message: string;
                requestId?: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Identifier (UUID). */
                actorId?: string;
                /** @description Return events older than this id. */
                before?: string;
                entityId?: string;
                entityType?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorEmail: string | null;
                            actorId: string | null;
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            before: unknown;
                            entityId: string;
                            entityType: string;
                            /** @description Monotonic sequence number. */
                            id: string;
                            requestId: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                            teamId: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdById: string | null;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        finish: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        itemCount: number;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        schedule: {
                            diagnostics: {
                                code: string;
                                itemIds: string[];
                                message: string;
                                /** @enum {unknown} */
                                severity: "error" | "warning";
                            }[];
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            finish: string;
                            items: {
                                critical: boolean;
                                drivingPredecessorIds: string[];
                                /** @description Scheduled duration in working minutes. */
                                durationMinutes: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                earlyFinish: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                earlyStart: string;
                                estimateHours: number | null;
                                /** @description Working minutes of free float. */
                                freeSlackMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                lateFinish: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                lateStart: string;
                                name: string;
                                /** @description Working minutes of total float. */
                                totalSlackMinutes: number;
                            }[];
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                        };
                        /** Format: date-time */
                        scheduleComputedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteBaseline: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteSuccessCriterion: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSuccessCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    evidenceUrl?: string | null;
                    sortOrder?: number;
                    /** @enum {unknown} */
                    state?: "pending" | "met" | "not_met";
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        evidenceUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        milestoneId: string;
                        sortOrder: number;
                        /** @enum {unknown} */
                        state: "pending" | "met" | "not_met";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDependencies: {
        parameters: {
            query?: {
                /** @description Dependencies touching this task or milestone. */
                itemId?: string;
                /** @description Identifier (UUID). */
                programId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            crossProgram: boolean;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lagMinutes: number;
                            predecessor: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            };
                            successor: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            };
                            /** @enum {unknown} */
                            type: "FS" | "SS" | "FF" | "SF";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createDependency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Lag in working minutes; negative for a lead. */
                    lagMinutes?: number;
                    /**
                     * Format: uuid
                     * @description A task or milestone id.
                     */
                    predecessorId: string;
                    /**
                     * Format: uuid
                     * @description A task or milestone id.
                     */
                    successorId: string;
                    /**
                     * @default FS
                     * @enum {unknown}
                     */
                    type?: "FS" | "SS" | "FF" | "SF";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        crossProgram: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lagMinutes: number;
                        predecessor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        successor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        /** @enum {unknown} */
                        type: "FS" | "SS" | "FF" | "SF";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        crossProgram: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lagMinutes: number;
                        predecessor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        successor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        /** @enum {unknown} */
                        type: "FS" | "SS" | "FF" | "SF";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteDependency: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Lag in working minutes; negative for a lead. */
                    lagMinutes?: number;
                    /** @enum {unknown} */
                    type?: "FS" | "SS" | "FF" | "SF";
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        crossProgram: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lagMinutes: number;
                        predecessor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        successor: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                        };
                        /** @enum {unknown} */
                        type: "FS" | "SS" | "FF" | "SF";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getForecastAccuracy: {
        parameters: {
            query?: {
                /** @description One program; all programs when absent. */
                programId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calibration: {
                            count: number;
                            observed: number | null;
                            p: number;
                        }[];
                        meanAbsoluteP50ErrorDays: number | null;
                        scored: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            actual: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            forecastId: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            forecastOn: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            itemId: string;
                            itemName: string;
                            /** @enum {unknown} */
                            kind: "milestone" | "program";
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            p50: string;
                            /** @description Actual − P50 in calendar days (positive: later). */
                            p50ErrorDays: number;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            p80: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            p95: string;
                            withinP50: boolean;
                            withinP80: boolean;
                            withinP95: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getForecast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        distribution: "triangular" | "pert";
                        error: string | null;
                        finishedAt: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        inputHash: string | null;
                        iterations: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        progress: number;
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        result: {
                            cost: {
                                mean: number;
                                percentiles: {
                                    cost: number;
                                    p: number;
                                }[];
                                sd: number;
                            } | null;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            deterministicFinish: string;
                            diagnostics: {
                                code: string;
                                itemIds: string[];
                                message: string;
                                /** @enum {unknown} */
                                severity: "error" | "warning";
                            }[];
                            finish: {
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                mean: string;
                                percentiles: {
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    finish: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    high: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    low: string;
                                    p: number;
                                }[];
                                /** @description Standard deviation, working minutes. */
                                sdMinutes: number;
                            };
                            histogram: {
                                count: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                from: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                to: string;
                            }[];
                            iterations: number;
                            jointConfidence: {
                                cost: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                finish: string;
                                p: number;
                                probability: number;
                            }[];
                            milestones: {
                                id: string;
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p50: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p95: string;
                            }[];
                            percentileMethod: string;
                            probabilityOfTarget: number | null;
                            sCurve: {
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                finish: string;
                                p: number;
                            }[];
                            sensitivity: {
                                id: string;
                                name: string;
                                spearman: number;
                            }[];
                            tasks: {
                                criticalityIndex: number;
                                id: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                meanFinish: string;
                                name: string;
                            }[];
                            tornado: {
                                /** @description How far P80 moves out because of this risk. */
                                effectMinutes: number;
                                id: string;
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80Without: string;
                            }[];
                        } | null;
                        seed: number;
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        targetDate: string | null;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            latencyMs: number | null;
                            /** @enum {unknown} */
                            mode: "embedded" | "external";
                            serverVersion: string | null;
                            /** @enum {unknown} */
                            state: "up" | "down";
                        };
                        jobs: {
                            /** @enum {unknown} */
                            state: "running" | "stopped" | "disabled";
                        };
                        /** @enum {unknown} */
                        status: "ok" | "degraded";
                        version: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            latencyMs: number | null;
                            /** @enum {unknown} */
                            mode: "embedded" | "external";
                            serverVersion: string | null;
                            /** @enum {unknown} */
                            state: "up" | "down";
                        };
                        jobs: {
                            /** @enum {unknown} */
                            state: "running" | "stopped" | "disabled";
                        };
                        /** @enum {unknown} */
                        status: "ok" | "degraded";
                        version: string;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        teamId: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rotateMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The same URL without scheme and host. */
                        path: string;
                        /** @description Absolute URL to subscribe to; shown only now. */
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        criteria: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidenceUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            milestoneId: string;
                            sortOrder: number;
                            /** @enum {unknown} */
                            state: "pending" | "met" | "not_met";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        description: string;
                        dueDate: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteMilestone: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    dueDate?: string | null;
                    name?: string;
                    /** @enum {unknown} */
                    state?: "planned" | "achieved" | "missed";
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                    workstreamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        criteria: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidenceUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            milestoneId: string;
                            sortOrder: number;
                            /** @enum {unknown} */
                            state: "pending" | "met" | "not_met";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        description: string;
                        dueDate: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSuccessCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    evidenceUrl?: string | null;
                    sortOrder?: number;
                    /**
                     * @default pending
                     * @enum {unknown}
                     */
                    state?: "pending" | "met" | "not_met";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        evidenceUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        milestoneId: string;
                        sortOrder: number;
                        /** @enum {unknown} */
                        state: "pending" | "met" | "not_met";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                health?: "green" | "amber" | "red";
                limit?: number;
                offset?: number;
                /** @description Identifier (UUID). */
                ownerId?: string;
                /** @description Text to find in name or summary. */
                q?: string;
                sort?: "name" | "-name" | "targetDate" | "-targetDate" | "updatedAt" | "-updatedAt" | "status" | "-status";
                status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            budgetCents: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            doneTaskCount: number;
                            /**
                             * @default green
                             * @enum {unknown}
                             */
                            health: "green" | "amber" | "red";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            rollupAt: string | null;
                            sponsor: string;
                            startDate: string | null;
                            /**
                             * @default proposed
                             * @enum {unknown}
                             */
                            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                            summary: string;
                            targetDate: string | null;
                            taskCount: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    budgetCents?: number | null;
                    currency?: string;
                    /**
                     * @default green
                     * @enum {unknown}
                     */
                    health?: "green" | "amber" | "red";
                    name: string;
                    ownerId?: string | null;
                    sponsor?: string;
                    startDate?: string | null;
                    /**
                     * @default proposed
                     * @enum {unknown}
                     */
                    status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                    summary?: string;
                    targetDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budgetCents: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /**
                         * @default green
                         * @enum {unknown}
                         */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        /**
                         * @default proposed
                         * @enum {unknown}
                         */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budgetCents: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /**
                         * @default green
                         * @enum {unknown}
                         */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        /**
                         * @default proposed
                         * @enum {unknown}
                         */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteProgram: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    budgetCents?: number | null;
                    currency?: string;
                    /**
                     * @default green
                     * @enum {unknown}
                     */
                    health?: "green" | "amber" | "red";
                    name?: string;
                    ownerId?: string | null;
                    sponsor?: string;
                    startDate?: string | null;
                    /**
                     * @default proposed
                     * @enum {unknown}
                     */
                    status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                    summary?: string;
                    targetDate?: string | null;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budgetCents: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /**
                         * @default green
                         * @enum {unknown}
                         */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        /**
                         * @default proposed
                         * @enum {unknown}
                         */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBaselines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdById: string | null;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            finish: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            itemCount: number;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** Format: date-time */
                            scheduleComputedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdById: string | null;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        finish: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        itemCount: number;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        schedule: {
                            diagnostics: {
                                code: string;
                                itemIds: string[];
                                message: string;
                                /** @enum {unknown} */
                                severity: "error" | "warning";
                            }[];
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            finish: string;
                            items: {
                                critical: boolean;
                                drivingPredecessorIds: string[];
                                /** @description Scheduled duration in working minutes. */
                                durationMinutes: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                earlyFinish: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                earlyStart: string;
                                estimateHours: number | null;
                                /** @description Working minutes of free float. */
                                freeSlackMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                lateFinish: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                lateStart: string;
                                name: string;
                                /** @description Working minutes of total float. */
                                totalSlackMinutes: number;
                            }[];
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                        };
                        /** Format: date-time */
                        scheduleComputedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compareBaselines: {
        parameters: {
            query?: {
                /** @description A baseline id, or `current` for the current schedule. */
                from?: string;
                /** @description A baseline id, or `current` for the current schedule. */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        finishVarianceMinutes: number;
                        from: {
                            baselineId: string | null;
                            /** Format: date-time */
                            computedAt: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            finish: string;
                            /** @enum {unknown} */
                            kind: "baseline" | "current";
                            name: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                        };
                        items: {
                            costVarianceHours: number | null;
                            durationVarianceMinutes: number | null;
                            finishVarianceMinutes: number | null;
                            fromEstimateHours: number | null;
                            fromFinish: string | null;
                            fromStart: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            name: string;
                            /** @enum {unknown} */
                            presence: "both" | "added" | "removed";
                            startVarianceMinutes: number | null;
                            toEstimateHours: number | null;
                            toFinish: string | null;
                            toStart: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        to: {
                            baselineId: string | null;
                            /** Format: date-time */
                            computedAt: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            finish: string;
                            /** @enum {unknown} */
                            kind: "baseline" | "current";
                            name: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rotateProgramCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The same URL without scheme and host. */
                        path: string;
                        /** @description Absolute URL to subscribe to; shown only now. */
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportProgramPlan: {
        parameters: {
            query: {
                /** @description mspdi (MS Project XML), yaml (the Waymark plan file) or csv */
                format: "mspdi" | "yaml" | "csv";
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                    "application/yaml": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorBody"];
                    "application/yaml": components["schemas"]["ErrorBody"];
                    "text/csv": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorBody"];
                    "application/yaml": components["schemas"]["ErrorBody"];
                    "text/csv": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorBody"];
                    "application/yaml": components["schemas"]["ErrorBody"];
                    "text/csv": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorBody"];
                    "application/yaml": components["schemas"]["ErrorBody"];
                    "text/csv": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorBody"];
                    "application/yaml": components["schemas"]["ErrorBody"];
                    "text/csv": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listForecasts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {unknown} */
                            distribution: "triangular" | "pert";
                            error: string | null;
                            finishedAt: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            inputHash: string | null;
                            iterations: number;
                            p50: string | null;
                            p80: string | null;
                            probabilityOfTarget: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            progress: number;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedById: string | null;
                            seed: number;
                            startedAt: string | null;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            targetDate: string | null;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    runForecast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default triangular
                     * @enum {unknown}
                     */
                    distribution?: "triangular" | "pert";
                    /** @default 10000 */
                    iterations?: number;
                    /** @description Random seed; the same plan and seed give the same forecast. Default: random. */
                    seed?: number;
                    targetDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        distribution: "triangular" | "pert";
                        error: string | null;
                        finishedAt: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        inputHash: string | null;
                        iterations: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        progress: number;
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        result: {
                            cost: {
                                mean: number;
                                percentiles: {
                                    cost: number;
                                    p: number;
                                }[];
                                sd: number;
                            } | null;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            deterministicFinish: string;
                            diagnostics: {
                                code: string;
                                itemIds: string[];
                                message: string;
                                /** @enum {unknown} */
                                severity: "error" | "warning";
                            }[];
                            finish: {
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                mean: string;
                                percentiles: {
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    finish: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    high: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    low: string;
                                    p: number;
                                }[];
                                /** @description Standard deviation, working minutes. */
                                sdMinutes: number;
                            };
                            histogram: {
                                count: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                from: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                to: string;
                            }[];
                            iterations: number;
                            jointConfidence: {
                                cost: number;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                finish: string;
                                p: number;
                                probability: number;
                            }[];
                            milestones: {
                                id: string;
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p50: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p95: string;
                            }[];
                            percentileMethod: string;
                            probabilityOfTarget: number | null;
                            sCurve: {
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                finish: string;
                                p: number;
                            }[];
                            sensitivity: {
                                id: string;
                                name: string;
                                spearman: number;
                            }[];
                            tasks: {
                                criticalityIndex: number;
                                id: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                meanFinish: string;
                                name: string;
                            }[];
                            tornado: {
                                /** @description How far P80 moves out because of this risk. */
                                effectMinutes: number;
                                id: string;
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80Without: string;
                            }[];
                        } | null;
                        seed: number;
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        targetDate: string | null;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            criteria: {
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                evidenceUrl: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                milestoneId: string;
                                sortOrder: number;
                                /** @enum {unknown} */
                                state: "pending" | "met" | "not_met";
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description Row version for optimistic concurrency; send the version you read. */
                                version: number;
                            }[];
                            description: string;
                            dueDate: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @enum {unknown} */
                            state: "planned" | "achieved" | "missed";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            workstreamId: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria?: {
                        description: string;
                        evidenceUrl?: string | null;
                        sortOrder?: number;
                        /**
                         * @default pending
                         * @enum {unknown}
                         */
                        state?: "pending" | "met" | "not_met";
                    }[];
                    description?: string;
                    dueDate?: string | null;
                    name: string;
                    /** @enum {unknown} */
                    state?: "planned" | "achieved" | "missed";
                    workstreamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        criteria: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidenceUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            milestoneId: string;
                            sortOrder: number;
                            /** @enum {unknown} */
                            state: "pending" | "met" | "not_met";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        description: string;
                        dueDate: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dependencies: {
                            /** Format: date-time */
                            createdAt: string;
                            crossProgram: boolean;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lagMinutes: number;
                            predecessor: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            };
                            successor: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "task" | "milestone";
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            };
                            /** @enum {unknown} */
                            type: "FS" | "SS" | "FF" | "SF";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        milestones: {
                            /** Format: date-time */
                            createdAt: string;
                            criteria: {
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                evidenceUrl: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                milestoneId: string;
                                sortOrder: number;
                                /** @enum {unknown} */
                                state: "pending" | "met" | "not_met";
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description Row version for optimistic concurrency; send the version you read. */
                                version: number;
                            }[];
                            description: string;
                            dueDate: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @enum {unknown} */
                            state: "planned" | "achieved" | "missed";
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            workstreamId: string | null;
                        }[];
                        program: {
                            budgetCents: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            doneTaskCount: number;
                            /**
                             * @default green
                             * @enum {unknown}
                             */
                            health: "green" | "amber" | "red";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            rollupAt: string | null;
                            sponsor: string;
                            startDate: string | null;
                            /**
                             * @default proposed
                             * @enum {unknown}
                             */
                            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                            summary: string;
                            targetDate: string | null;
                            taskCount: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        };
                        tasks: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dueDate: string | null;
                            estimateHours: number | null;
                            estimateOptimisticHours: number | null;
                            estimatePessimisticHours: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            milestoneId: string | null;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            startDate: string | null;
                            /** @enum {unknown} */
                            state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                            teamId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            workstreamId: string | null;
                        }[];
                        workstreams: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            leadId: string | null;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            sortOrder: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgramRisks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cost: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            delayHours: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            probability: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            taskIds: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createProgramRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cost?: number | null;
                    delayHours: number;
                    probability: number;
                    taskIds: string[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        delayHours: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        probability: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        taskIds: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        computedAt: string;
                        diagnostics: {
                            code: string;
                            itemIds: string[];
                            message: string;
                            /** @enum {unknown} */
                            severity: "error" | "warning";
                        }[];
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        finish: string;
                        /** @description SHA-256 of the engine input the schedule was computed from. */
                        inputHash: string;
                        items: {
                            critical: boolean;
                            drivingPredecessorIds: string[];
                            /** @description Scheduled duration in working minutes. */
                            durationMinutes: number;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            earlyFinish: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            earlyStart: string;
                            estimateHours: number | null;
                            /** @description Working minutes of free float. */
                            freeSlackMinutes: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            lateFinish: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            lateStart: string;
                            name: string;
                            /** @description Working minutes of total float. */
                            totalSlackMinutes: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        start: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recomputeProgramSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        computedAt: string;
                        diagnostics: {
                            code: string;
                            itemIds: string[];
                            message: string;
                            /** @enum {unknown} */
                            severity: "error" | "warning";
                        }[];
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        finish: string;
                        /** @description SHA-256 of the engine input the schedule was computed from. */
                        inputHash: string;
                        items: {
                            critical: boolean;
                            drivingPredecessorIds: string[];
                            /** @description Scheduled duration in working minutes. */
                            durationMinutes: number;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            earlyFinish: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            earlyStart: string;
                            estimateHours: number | null;
                            /** @description Working minutes of free float. */
                            freeSlackMinutes: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "task" | "milestone";
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            lateFinish: string;
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            lateStart: string;
                            name: string;
                            /** @description Working minutes of total float. */
                            totalSlackMinutes: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        start: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Identifier (UUID). */
                milestoneId?: string;
                offset?: number;
                /** @description Identifier (UUID). */
                ownerId?: string;
                q?: string;
                sort?: "name" | "-name" | "dueDate" | "-dueDate" | "startDate" | "-startDate" | "state" | "-state" | "updatedAt" | "-updatedAt";
                state?: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                /** @description Identifier (UUID). */
                teamId?: string;
                /** @description Identifier (UUID). */
                workstreamId?: string;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dueDate: string | null;
                            estimateHours: number | null;
                            estimateOptimisticHours: number | null;
                            estimatePessimisticHours: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            milestoneId: string | null;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            startDate: string | null;
                            /** @enum {unknown} */
                            state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                            teamId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            workstreamId: string | null;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    dueDate?: string | null;
                    estimateHours?: number | null;
                    estimateOptimisticHours?: number | null;
                    estimatePessimisticHours?: number | null;
                    milestoneId?: string | null;
                    name: string;
                    ownerId?: string | null;
                    startDate?: string | null;
                    /** @enum {unknown} */
                    state?: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                    teamId?: string | null;
                    workstreamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        dueDate: string | null;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listWorkstreams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            leadId: string | null;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            sortOrder: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createWorkstream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    leadId?: string | null;
                    name: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        leadId: string | null;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        sortOrder: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importProgramPlan: {
        parameters: {
            query: {
                /** @description mspdi (MS Project XML), yaml (the Waymark plan file) or csv */
                format: "mspdi" | "yaml" | "csv";
                /** @description The new program's name. */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file, as text. */
        requestBody: {
            content: {
                "application/xml": string;
                "application/yaml": string;
                "text/csv": string;
                "text/plain": string;
                "text/xml": string;
                "text/yaml": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budgetCents: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /**
                         * @default green
                         * @enum {unknown}
                         */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        /**
                         * @default proposed
                         * @enum {unknown}
                         */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteProgramRisk: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        dueDate: string | null;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTask: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    dueDate?: string | null;
                    estimateHours?: number | null;
                    estimateOptimisticHours?: number | null;
                    estimatePessimisticHours?: number | null;
                    milestoneId?: string | null;
                    name?: string;
                    ownerId?: string | null;
                    startDate?: string | null;
                    /** @enum {unknown} */
                    state?: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                    teamId?: string | null;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                    workstreamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        dueDate: string | null;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workstreamId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name?: string;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description First characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once. Send as Authorization: Bearer <secret>. */
                        secret: string;
                        token: {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description First characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description First characters of the token, to recognise it. */
                        prefix: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                            teamId: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @description At least 12 characters. */
                    password: string;
                    /** @enum {unknown} */
                    role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                    teamId?: string | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        teamId: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWorkstream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        leadId: string | null;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        sortOrder: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteWorkstream: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateWorkstream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    leadId?: string | null;
                    name?: string;
                    sortOrder?: number;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        leadId: string | null;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        sortOrder: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
