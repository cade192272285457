// Generated from openapi.json by `npm run openapi`. Do not edit.
export type paths = {
    "/api/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allocations of people to programs and run work, by person then start
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listAllocations"];
        put?: never;
        /**
         * Allocate a person (percent or hours per week, from a date to a date); 409 over_allocation unless confirmOverAllocation
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["createAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getAllocation"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteAllocation"];
        options?: never;
        head?: never;
        /**
         * Change an allocation; checked for over-allocation like a new one
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateAllocation"];
        trace?: never;
    };
    "/api/allocations/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run: the weeks (and programs) in which this allocation would over-allocate the person
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        post: operations["checkAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The append-only audit trail, newest first by its sequence, filtered by entity, actor, program and time (admins; a program’s owners with its programId). Page with `before`: the id of the last event of the previous page.
         * @description **Who may call it:** Admins; or the program’s owners.
         *
         *     **Who may call it:** Admins; or the program’s owners.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with an invitation or password-reset link
         * @description Needs no account: the link’s secret is the credential. Like every route that needs no account, it has the per-address public rate limit. Serves invitation and password-reset links alike. An invitation also activates the account; a reset ends the person’s sessions. Each link works once.
         *
         *     **Who may call it:** Needs no account: the link’s secret is the credential.
         */
        post: operations["acceptAccountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whom an invitation or password-reset link is for; changes nothing
         * @description Needs no account: the link’s secret is the credential. Like every route that needs no account, it has the per-address public rate limit. Serves invitation and password-reset links alike. 410 `link_unusable` when it expired, was used or was replaced.
         *
         *     **Who may call it:** Needs no account: the link’s secret is the credential.
         */
        post: operations["inspectAccountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How people can sign in here (password, and OpenID Connect when configured)
         * @description **Who may call it:** Needs no account: the sign-in page asks before there is an account.
         *
         *     **Who may call it:** Needs no account: the sign-in page asks before there is an account.
         */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the OpenID Connect provider sends the browser back; sets the session cookie
         * @description Exchanges the code (with the PKCE verifier), checks state and nonce, and matches the account: first by the provider's subject linked earlier, else by e-mail (case-insensitive) only when the provider says it is verified. With WAYMARK_OIDC_CREATE_USERS=on an unknown verified e-mail gets a new stakeholder account. Success redirects to the app with the session cookie set; a refusal redirects to the sign-in page with `?error=<sentence>`.
         *
         *     **Who may call it:** Needs no account: the OpenID provider’s signed answer is the credential.
         *
         *     **Who may call it:** Needs no account: the OpenID provider’s signed answer is the credential.
         */
        get: operations["finishOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in with the OpenID Connect provider; redirects there
         * @description Redirects (302) to the provider with state, nonce and a PKCE challenge, and sets a short-lived HTTP-only cookie that ties the attempt to this browser. When the provider cannot be reached, redirects to the sign-in page with the reason. 404 when OpenID Connect is not configured.
         *
         *     **Who may call it:** Needs no account: sign-in with OpenID Connect starts without an account.
         *
         *     **Who may call it:** Needs no account: sign-in with OpenID Connect starts without an account.
         */
        get: operations["startOidcSignIn"];
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
        /**
         * Sign in; sets the session cookie
         * @description After 10 failed attempts for one e-mail (or 50 from one address) within 15 minutes, counted across every Waymark instance on the database, sign-in answers 429 `rate_limited` with `Retry-After` until the oldest failure is 15 minutes old. Like every route that needs no account, it also has the per-address public rate limit.
         *
         *     **Who may call it:** Needs no account: the password is the credential.
         */
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
        /** @description **Who may call it:** Any signed-in account. */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The backups in the data folder, with the nightly schedule and retention (admin only). Backups are made and restored with "waymark backup" / "waymark restore".
         * @description **Who may call it:** Only admins.
         *
         *     **Who may call it:** Only admins.
         */
        get: operations["listBackups"];
        put?: never;
        post?: never;
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getBaseline"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteBaseline"];
        options?: never;
        head?: never;
        /**
         * Rename a baseline (its saved schedule stays as it was)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["renameBaseline"];
        trace?: never;
    };
    "/api/capacity/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People × weeks: capacity (working hours − holidays − time off), load from allocations and task assignments, status and the programs behind it
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getCapacityHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracks, levels with grades, competencies with the expectation at each level
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getCareerLadder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a competency (admin)
         * @description **Who may call it:** Only admins.
         */
        post: operations["createCompetency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/competencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a competency and its expectations (admin); refused (409 in_use) while people have assessments on it unless withAssessments=true
         * @description **Who may call it:** Only admins.
         */
        delete: operations["deleteCompetency"];
        options?: never;
        head?: never;
        /**
         * Rename or reorder a competency (admin)
         * @description **Who may call it:** Only admins.
         */
        patch: operations["updateCompetency"];
        trace?: never;
    };
    "/api/career-ladder/competencies/{id}/expectations/{levelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set what a competency expects at a level (admin)
         * @description **Who may call it:** Only admins.
         */
        put: operations["setCompetencyExpectation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a level at a grade on the individual or the manager path (admin)
         * @description **Who may call it:** Only admins.
         */
        post: operations["createCareerLevel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/levels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a level (admin); refused (409 in_use) while people are on it or roles are planned at it, and unless withExpectations / withAssessments say to delete what was written at it
         * @description **Who may call it:** Only admins.
         */
        delete: operations["deleteCareerLevel"];
        options?: never;
        head?: never;
        /**
         * Rename a level or change its summary (admin)
         * @description **Who may call it:** Only admins.
         */
        patch: operations["updateCareerLevel"];
        trace?: never;
    };
    "/api/career-ladder/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Promotion readiness of everyone with a level whose record you may see (yourself, your reports down the line; everyone for TPM managers and admins)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listPromotionReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a track (admin); its key is what imports match on
         * @description **Who may call it:** Only admins.
         */
        post: operations["createCareerTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-ladder/tracks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a track (admin); refused (409 in_use) while people are on it or headcount roles are planned on it
         * @description **Who may call it:** Only admins.
         */
        delete: operations["deleteCareerTrack"];
        options?: never;
        head?: never;
        /**
         * Rename a track or change its description (admin); its key stays
         * @description **Who may call it:** Only admins.
         */
        patch: operations["updateCareerTrack"];
        trace?: never;
    };
    "/api/criteria/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A success criterion, with the milestone it belongs to (milestoneId)
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getSuccessCriterion"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteSuccessCriterion"];
        options?: never;
        head?: never;
        /**
         * Change a success criterion, e.g. mark it met with evidence
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * Dependencies with an end in a program and/or touching one task or milestone
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listDependencies"];
        put?: never;
        /**
         * Link two tasks or milestones, possibly in different programs
         * @description A link that would close a cycle is refused with 409 dependency_cycle; error.details.cycle lists the items on it in order, the first repeated last.
         *
         *     **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins; and whoever may read the program (a members-only program is a 404 to anyone else). Stakeholders read only.
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getDependency"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteDependency"];
        options?: never;
        head?: never;
        /**
         * Change a dependency's type or lag
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * An iCalendar (RFC 5545) feed of milestones, at its secret URL
         * @description **Who may call it:** Needs no account: the secret feed URL is the credential.
         *
         *     **Who may call it:** Needs no account: the secret feed URL is the credential.
         */
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
        /**
         * Forecasts of finished milestones and programs scored against the day they finished: P50 error, within P80, calibration
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
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
        /**
         * One forecast: status, progress and, once it succeeded, its results
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/headcount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fiscal year: roles per quarter, demand vs supply and the gap per quarter
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getHeadcountPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/headcount/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A program's staffing need or accepted intake work for a quarter, in FTE
         * @description **Who may call it:** Only admins and TPM managers.
         */
        post: operations["createStaffingNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/headcount/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A staffing need (a members-only program you may not see goes unnamed)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getStaffingNeed"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** Only admins and TPM managers. */
        delete: operations["deleteStaffingNeed"];
        options?: never;
        head?: never;
        /**
         * Change a staffing need; only the fields named change
         * @description **Who may call it:** Only admins and TPM managers.
         */
        patch: operations["updateStaffingNeed"];
        trace?: never;
    };
    "/api/headcount/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan or open a role in a quarter (TPM managers and admins)
         * @description **Who may call it:** Only admins and TPM managers.
         */
        post: operations["createHeadcountRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/headcount/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getHeadcountRole"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** Only admins and TPM managers. */
        delete: operations["deleteHeadcountRole"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** Only admins and TPM managers. */
        patch: operations["updateHeadcountRole"];
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database state
         * @description **Who may call it:** Needs no account: a liveness probe; says nothing about the data.
         *
         *     **Who may call it:** Needs no account: a liveness probe; says nothing about the data.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organization holidays, by day
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listHolidays"];
        put?: never;
        /**
         * Add a holiday: no calendar works that day
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        post: operations["createHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holidays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description **Who may call it:** Any signed-in account. Stakeholders read only. */
        delete: operations["deleteHoliday"];
        options?: never;
        head?: never;
        /**
         * Rename a holiday or move it to another day
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        patch: operations["updateHoliday"];
        trace?: never;
    };
    "/api/import-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A background plan import: status, progress and, once finished, the program made or the error (only for the one who asked, or an admin)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/gitlab/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GitLab Issue and Note hooks (X-Gitlab-Token, or webhook-signature when a signing token is set)
         * @description **Who may call it:** Needs no account: GitLab sends the shared secret.
         */
        post: operations["gitlabWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/slack/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Slack slash command (form-encoded, Slack v0 signature): file a request or ask its status
         * @description **Who may call it:** Needs no account: Slack signs every call.
         */
        post: operations["slackCommand"];
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
        /**
         * The signed-in user
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
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
        /**
         * Create (or replace) the secret iCalendar feed URL of the milestones you own; the URL is shown only in this response
         * @description **Who may call it:** Any signed-in account.
         */
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getMilestone"];
        put?: never;
        post?: never;
        /**
         * Delete a milestone with its criteria and dependencies; its tasks stay
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteMilestone"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
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
        /**
         * Add a success criterion to a milestone
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["createSuccessCriterion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My in-app notifications, newest first
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description **Who may call it:** Any signed-in account. */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory: people with team, manager, track, level and skills, by name
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person: profile, working hours, time off and direct reports (the kind of time off only to their circle)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a profile (managers and admins; a person may change their own location, zone and hours)
         * @description **Who may call it:** The account itself, or admins and TPM managers.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/people/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's self and manager assessments and promotion readiness (the person, their managers, TPM managers, admins)
         * @description **Who may call it:** The person, their managers up the reporting line, TPM managers and admins.
         *
         *     **Who may call it:** The person, their managers up the reporting line, TPM managers and admins.
         */
        get: operations["getPersonAssessments"];
        /**
         * Record a self or manager assessment of one competency at one level, with evidence links
         * @description **Who may call it:** The person, their managers up the reporting line, TPM managers and admins. Stakeholders read only.
         */
        put: operations["putAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person's weeks, as in the heatmap
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getPersonCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a person's skills and domains
         * @description **Who may call it:** The account itself, or admins and TPM managers.
         */
        put: operations["replacePersonSkills"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record days away (local dates of the person, both ends included)
         * @description **Who may call it:** The person, their managers up the reporting line, TPM managers and admins. Stakeholders read only.
         */
        post: operations["addTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portfolio/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The portfolio forecast history, newest first (P50/P80 of each, no full results)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listPortfolioForecasts"];
        put?: never;
        /**
         * Queue a Monte Carlo forecast of several programs together (default: every active program), with the finish of each
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else). Stakeholders read only.
         */
        post: operations["runPortfolioForecast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/program-calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramCalendar"];
        put?: never;
        post?: never;
        /**
         * Delete a calendar (409 in_use while the program or items run on it, unless detach=true)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteProgramCalendar"];
        options?: never;
        head?: never;
        /**
         * Change a calendar: its working week, exceptions, base or time zone
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateProgramCalendar"];
        trace?: never;
    };
    "/api/program-resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramResource"];
        put?: never;
        post?: never;
        /**
         * Delete a resource and the assignments kept on it
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteProgramResource"];
        options?: never;
        head?: never;
        /**
         * Rename a resource, change its units or calendar, or link it to a person (its assignments become theirs)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateProgramResource"];
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs with filter, sort and pagination
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Create a program (only a name is required)
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /**
         * Delete a program and everything planned under it
         * @description **Who may call it:** The program’s owners (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/api/programs/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every task assignment of a program
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listProgramAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's baselines, oldest first (without their schedules)
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listBaselines"];
        put?: never;
        /**
         * Save the program's current schedule as a named baseline
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * Variance of start, finish, duration and cost between two baselines or a baseline and the current schedule
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
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
        /**
         * Create (or replace) the secret iCalendar feed URL of the program's milestones; the URL is shown only in this response
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else). Stakeholders read only.
         */
        post: operations["rotateProgramCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's working calendars (its own week and holidays, and those some items run on)
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listProgramCalendars"];
        put?: never;
        /**
         * Add a working calendar to a program; PATCH the program with its calendarId to schedule the program on it
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["createProgramCalendar"];
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
        /**
         * The program's plan and computed schedule as an MSPDI, YAML plan or CSV file
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
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
        /**
         * The program's forecast history, newest first (P50/P80 of each, no full results)
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listForecasts"];
        put?: never;
        /**
         * Queue a Monte Carlo forecast of the program (runs as a background job; poll GET /api/forecasts/{id} for progress)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["runForecast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/import/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the program from its plan file (matched by UID) in one transaction, at the version previewed
         * @description Recomputes the preview and applies it all or nothing. A program changed since the preview (programVersion differs) is refused with 409 version_conflict; a successful apply bumps the version. Removed tasks and milestones are deleted with their links; progress is taken from the file only where it carries some.
         *
         *     **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["applyProgramPlanUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What updating the program from its plan file would change (matched by UID), without writing anything
         * @description The file is read as an import reads it (a bad file is a 400 naming lines and fields). Per kind: the items added, changed (field by field, from → to), removed (a UID the file no longer has) and kept (no UID: made in Waymark), the warnings, and the programVersion to apply at.
         *
         *     **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["previewProgramPlanUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program’s owners, editors and viewers, and what you may do with the program
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listProgramMembers"];
        put?: never;
        /**
         * Add a member, or change a member’s role (owners, TPM managers and admins)
         * @description 201 when the person was not a member, 200 when their role changed (or stayed). The last owner cannot be demoted (409 last_owner).
         *
         *     **Who may call it:** The program’s owners (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["setProgramMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (owners, TPM managers and admins); their work stays
         * @description **Who may call it:** The program’s owners (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["removeProgramMember"];
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
        /**
         * A program's milestones by due date, with their success criteria
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listMilestones"];
        put?: never;
        /**
         * Add a milestone to a program, optionally with its success criteria
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * A program with its workstreams, milestones, tasks and dependencies
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/resource-load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load per assigned person per week against their capacity, from the current schedule
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramResourceLoad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's resources from plan files: linked to a person, or kept without an account with their assignments
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listProgramResources"];
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
        /**
         * The program's risk register (open and mitigating risks feed its forecasts); filter by status (comma-separated), owner, category
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listProgramRisks"];
        put?: never;
        /**
         * Add a risk: only the title is required; probability, delay on named tasks and cost feed the forecast
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * The program's critical-path schedule (computed first when missing or when its inputs changed)
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramSchedule"];
        put?: never;
        /**
         * Recompute and store the program's schedule now
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["recomputeProgramSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/schedule/level": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Level the program's schedule against people's capacity (or stop levelling with mode none); send the program's version
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["levelProgramSchedule"];
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
        /**
         * A program's tasks with filter, text search, sort and pagination
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Add a task to a program (only a name is required)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * A program's workstreams in their sort order
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listWorkstreams"];
        put?: never;
        /**
         * Add a workstream to a program (names are unique within it)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
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
        /**
         * Create a new program from an MSPDI, YAML plan or CSV file (all or nothing; bad rows are reported by line and field)
         * @description A file of at most 2000 rows or tasks is imported in the request (201, the program). A larger one is imported by a background job: 202 with the job; poll GET /api/import-jobs/{id} until it has succeeded (then its programId is the new program) or failed (then its error lists the bad rows).
         *
         *     **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        post: operations["importProgramPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The intake template: help text per field, SLA targets and calendar
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getRequestTemplate"];
        /**
         * Change the template (TPM managers)
         * @description **Who may call it:** Only admins and TPM managers.
         */
        put: operations["updateRequestTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The triage queue, my requests, or those assigned to me, with SLA clocks
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listRequests"];
        put?: never;
        /**
         * Submit a request to the TPM team
         * @description **Who may call it:** Any signed-in account.
         */
        post: operations["submitRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request with its history and (for TPMs) the latest routing suggestion
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change what a request says (title, problem, outcome, value, teams, tags, links, deadline, size): its requester while it is open, a TPM at any time
         * @description **Who may call it:** Any signed-in account.
         */
        patch: operations["updateRequest"];
        trace?: never;
    };
    "/api/requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a TPM (managers); the choice is kept with the suggestion
         * @description **Who may call it:** Only admins and TPM managers.
         */
        post: operations["assignRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/routing-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the TPMs for this request (fit, bandwidth, time zone, queue) and keep the ranking
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        post: operations["suggestRouting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/routing-suggestions/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getLatestRouting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge, accept, decline (reason), defer (reason, date), mark duplicate (of which) or reopen
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["triageRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait on the requester (SLA clocks pause) or resume
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        post: operations["setRequestWaiting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The risk register across every program you can see, each risk with its program name; filter by status (comma-separated), owner, category, program
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listRisks"];
        put?: never;
        post?: never;
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getProgramRisk"];
        put?: never;
        post?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteProgramRisk"];
        options?: never;
        head?: never;
        /**
         * Change a risk; only the fields named change (taskIds replaces the list). Moving to occurred or closed stamps when; reopening clears it
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateProgramRisk"];
        trace?: never;
    };
    "/api/task-assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a person off a task
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteTaskAssignment"];
        options?: never;
        head?: never;
        /**
         * Change a person's units on a task
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateTaskAssignment"];
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task and its dependencies
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/tasks/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People assigned to a task, with their units
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["listTaskAssignments"];
        put?: never;
        /**
         * Assign a person to a task (units default to 1)
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["createTaskAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/assignments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run: the weeks (and programs) in which assigning this person to the task would over-allocate them
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        post: operations["checkTaskAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams by name
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team (names are unique)
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
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
        /**
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team; its members and tasks are kept, without a team
         * @description **Who may call it:** Any signed-in account. Stakeholders read only.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** Any signed-in account. Stakeholders read only. */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/time-off/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description **Who may call it:** The person, their managers up the reporting line, TPM managers and admins. Stakeholders read only. */
        delete: operations["deleteTimeOff"];
        options?: never;
        head?: never;
        /**
         * Change recorded days away; only the fields named change
         * @description **Who may call it:** The person, their managers up the reporting line, TPM managers and admins. Stakeholders read only.
         */
        patch: operations["updateTimeOff"];
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API tokens (never their secrets)
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token; the secret is shown only in this response
         * @description **Who may call it:** Any signed-in account.
         */
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
        /** @description **Who may call it:** Any signed-in account. */
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
        /**
         * Accounts: all of them for admins; active ones, without sign-in times, for others
         * @description **Who may call it:** Any signed-in account.
         *
         *     **Who may call it:** Any signed-in account.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create an account (admin only)
         * @description **Who may call it:** Only admins.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a name, role or active (admin only; nobody changes their own role)
         * @description `active: false` deactivates: the person’s sessions end and tokens are revoked at once; their data stays. Send the version you read (body `version` or If-Match).
         *
         *     **Who may call it:** The account itself, or admins.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link, valid 7 days, for the person to set a new password (admin only)
         * @description When e-mail is configured (WAYMARK_SMTP_URL), the link is also queued for e-mail to the person (`email: "queued"`; sent in the background, with retries); otherwise `email: "not_configured"` and the admin passes the link on.
         *
         *     **Who may call it:** Only admins.
         */
        post: operations["createPasswordResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s signed-in sessions (yours, or anyone’s for an admin)
         * @description **Who may call it:** The account itself, or admins.
         *
         *     **Who may call it:** The account itself, or admins.
         */
        get: operations["listUserSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one session (yours, or anyone’s for an admin)
         * @description **Who may call it:** The account itself, or admins.
         */
        delete: operations["revokeUserSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s API tokens, never their secrets (yours, or anyone’s for an admin)
         * @description **Who may call it:** The account itself, or admins.
         *
         *     **Who may call it:** The account itself, or admins.
         */
        get: operations["listUserTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one API token (yours, or anyone’s for an admin)
         * @description **Who may call it:** The account itself, or admins.
         */
        delete: operations["revokeUserToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone: an inactive account and a link, valid 7 days, to set a password
         * @description When e-mail is configured (WAYMARK_SMTP_URL), the link is also queued for e-mail to the person (`email: "queued"`; sent in the background, with retries); otherwise `email: "not_configured"` and the admin passes the link on. Inviting again someone who has not accepted yet replaces their link.
         *
         *     **Who may call it:** Only admins.
         */
        post: operations["inviteUser"];
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
        /**
         * @description **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         *
         *     **Who may call it:** Whoever may read the program (a members-only program is a 404 to anyone else).
         */
        get: operations["getWorkstream"];
        put?: never;
        post?: never;
        /**
         * Delete a workstream; its milestones and tasks stay in the program
         * @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only.
         */
        delete: operations["deleteWorkstream"];
        options?: never;
        head?: never;
        /** @description **Who may call it:** The program’s owners and editors (TPMs), TPM managers and admins. Stakeholders read only. */
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
                code: "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "version_conflict" | "dependency_cycle" | "duplicate" | "data_folder_locked" | "rate_limited" | "internal_error" | "service_unavailable" | "over_allocation" | "unmet_criteria" | "too_many_rows" | "database_unavailable" | "csrf_refused" | "unsupported_media_type" | "uri_too_long" | "headers_too_large" | "request_timeout" | "plan_beyond_horizon" | "link_unusable" | "last_owner" | "in_use";
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
    listAllocations: {
        parameters: {
            query?: {
                /** @description Calendar date, YYYY-MM-DD. */
                activeOn?: string;
                /** @description Identifier (UUID). */
                personId?: string;
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
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            hoursPerWeek: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            note: string;
                            overAllocationConfirmed: boolean;
                            percent: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            personName: string;
                            /** @description null for run work, or for a members-only program you may not see (then programName is "Members-only program" and the note is empty; the hours still count). */
                            programId: string | null;
                            programName: string | null;
                            runWork: string;
                            to: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Save even though it over-allocates the person (the warning is recorded in the audit trail). */
                    confirmOverAllocation?: boolean;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    from: string;
                    hoursPerWeek?: number;
                    note?: string;
                    /** @description Percent of the person’s capacity. */
                    percent?: number;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    personId: string;
                    programId?: string | null;
                    /** @description Required without a program. */
                    runWork?: string;
                    to?: string | null;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        hoursPerWeek: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        note: string;
                        overAllocationConfirmed: boolean;
                        percent: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        personName: string;
                        /** @description null for run work, or for a members-only program you may not see (then programName is "Members-only program" and the note is empty; the hours still count). */
                        programId: string | null;
                        programName: string | null;
                        runWork: string;
                        to: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAllocation: {
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
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        hoursPerWeek: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        note: string;
                        overAllocationConfirmed: boolean;
                        percent: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        personName: string;
                        /** @description null for run work, or for a members-only program you may not see (then programName is "Members-only program" and the note is empty; the hours still count). */
                        programId: string | null;
                        programName: string | null;
                        runWork: string;
                        to: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteAllocation: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateAllocation: {
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
                    confirmOverAllocation?: boolean;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    from?: string;
                    hoursPerWeek?: number | null;
                    note?: string;
                    percent?: number | null;
                    programId?: string | null;
                    runWork?: string;
                    to?: string | null;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        hoursPerWeek: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        note: string;
                        overAllocationConfirmed: boolean;
                        percent: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        personName: string;
                        /** @description null for run work, or for a members-only program you may not see (then programName is "Members-only program" and the note is empty; the hours still count). */
                        programId: string | null;
                        programName: string | null;
                        runWork: string;
                        to: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    checkAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Save even though it over-allocates the person (the warning is recorded in the audit trail). */
                    confirmOverAllocation?: boolean;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    from: string;
                    hoursPerWeek?: number;
                    note?: string;
                    /** @description Percent of the person’s capacity. */
                    percent?: number;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    personId: string;
                    programId?: string | null;
                    /** @description Required without a program. */
                    runWork?: string;
                    to?: string | null;
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
                        overAllocated: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        weeks: {
                            capacityHours: number;
                            loadHours: number;
                            loadPercent: number | null;
                            programs: {
                                allocatedHours: number;
                                assignedHours: number;
                                /** @description What the program loads the week with: the larger of its allocation and its task assignments. */
                                loadHours: number;
                                /** @description null for run work, and for programs you may not see (all in one row). */
                                programId: string | null;
                                /** @description The program, "Run work", or "Members-only program" for those you may not see. */
                                programName: string;
                            }[];
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            weekStart: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Identifier (UUID). */
                actorId?: string;
                /** @description Return events older than this id. */
                before?: string;
                entityId?: string;
                entityType?: string;
                /** @description Events at or after this instant. */
                from?: string;
                limit?: number;
                /** @description Events of this program and of everything under it. */
                programId?: string;
                /** @description Events before this instant. */
                to?: string;
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
                            programId: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acceptAccountLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters. */
                    password: string;
                    token: string;
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
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {unknown} */
                        purpose: "invitation" | "password_reset";
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
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    inspectAccountLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
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
                        /** Format: email */
                        email: string;
                        /** Format: date-time */
                        expiresAt: string;
                        name: string;
                        /** @enum {unknown} */
                        purpose: "invitation" | "password_reset";
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
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSignInMethods: {
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
                        oidc: {
                            /** @description What to call the provider: "Sign in with <name>". */
                            name: string;
                            /** @description Where the browser goes to start signing in. */
                            startUrl: string;
                        } | null;
                        password: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    finishOidcSignIn: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (Location header). */
            302: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: {
                /** @description The Waymark page to open once signed in (a path such as /programs). */
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (Location header). */
            302: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBackups: {
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
                        /** @description Nightly backups are on (WAYMARK_BACKUPS). */
                        enabled: boolean;
                        folder: string | null;
                        /** @description Newest first. */
                        items: {
                            /**
                             * @description nightly: written by the nightly job (waymark-YYYY-MM-DD.dump) and pruned by retention; other: anything else put in the folder, never pruned.
                             * @enum {unknown}
                             */
                            kind: "nightly" | "other";
                            /** Format: date-time */
                            modifiedAt: string;
                            /** @description File name in the backups folder. */
                            name: string;
                            sizeBytes: number;
                        }[];
                        /** @description Nightly backups kept; older ones are deleted (WAYMARK_BACKUP_KEEP). */
                        keep: number;
                        /** @description When the nightly backup runs. */
                        schedule: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                                itemNames?: string[];
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
                                /** @description The summary task it sits under (outline order is list order). */
                                parentId?: string | null;
                                percentComplete?: number;
                                /**
                                 * @description Done items sit at their actual dates; in-progress ones keep their actual start.
                                 * @enum {unknown}
                                 */
                                progress?: "not_started" | "in_progress" | "done";
                                /** @description A summary task: its dates roll up from the items below it. */
                                summary?: boolean;
                                /** @description Working minutes of total float. */
                                totalSlackMinutes: number;
                            }[];
                            levelling?: {
                                delays: {
                                    /** @description Working minutes on the task's calendar. */
                                    delayMinutes: number;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    itemId: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    levelledStart: string;
                                    /** @description Who was over capacity, by which tasks, when. */
                                    reason: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    resourceId: string;
                                    resourceName: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    unlevelledStart: string;
                                }[];
                                /**
                                 * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                                 * @enum {unknown}
                                 */
                                mode: "none" | "within_slack" | "beyond_slack";
                                unresolved: {
                                    /** @enum {unknown} */
                                    cause: "beyond_slack" | "hard_constraint" | "do_not_level" | "exceeds_capacity";
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    itemId: string;
                                    reason: string;
                                    resourceIds: string[];
                                }[];
                            };
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            statusDate?: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    renameBaseline: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCapacityHeatmap: {
        parameters: {
            query?: {
                /** @description Calendar date, YYYY-MM-DD. */
                from?: string;
                /** @description Identifier (UUID). */
                levelId?: string;
                skill?: string;
                /** @description Identifier (UUID). */
                teamId?: string;
                /** @description Zone weeks are counted in; default America/Los_Angeles. */
                timeZone?: string;
                weeks?: number;
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
                        overAllocatedCells: number;
                        people: {
                            cells: {
                                capacityHours: number;
                                holidayHours: number;
                                loadHours: number;
                                loadPercent: number | null;
                                programs: {
                                    allocatedHours: number;
                                    assignedHours: number;
                                    /** @description What the program loads the week with: the larger of its allocation and its task assignments. */
                                    loadHours: number;
                                    /** @description null for run work, and for programs you may not see (all in one row). */
                                    programId: string | null;
                                    /** @description The program, "Run work", or "Members-only program" for those you may not see. */
                                    programName: string;
                                }[];
                                /** @enum {unknown} */
                                status: "over" | "ok" | "under" | "unavailable";
                                timeOffHours: number;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD.
                                 */
                                weekStart: string;
                            }[];
                            grade: number | null;
                            levelName: string | null;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            teamName: string | null;
                        }[];
                        timeZone: string;
                        weeks: string[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCareerLadder: {
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
                        competencies: {
                            description: string;
                            expectations: {
                                expectation: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                levelId: string;
                                /** @description Row version for optimistic concurrency; send the version you read. */
                                version: number;
                            }[];
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            sortOrder: number;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        /** @description By path, then grade. */
                        levels: {
                            grade: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            key: string;
                            name: string;
                            nextLevelId: string | null;
                            /** @enum {unknown} */
                            path: "individual" | "manager";
                            summary: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        tracks: {
                            description: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            key: string;
                            name: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCompetency: {
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
                        description: string;
                        expectations: {
                            expectation: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            levelId: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        sortOrder: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCompetency: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
                /** @description Also delete the self and manager assessments people made against it. Without it, a competency someone was assessed on is refused (409 in_use). Its expectations per level always go with it. */
                withAssessments?: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCompetency: {
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
                        description: string;
                        expectations: {
                            expectation: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            levelId: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        sortOrder: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setCompetencyExpectation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
                /** @description Identifier (UUID). */
                levelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectation: string;
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
                        description: string;
                        expectations: {
                            expectation: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            levelId: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        name: string;
                        sortOrder: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCareerLevel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Job grade; one level per grade on each path. */
                    grade: number;
                    /** @description Stable key, e.g. staff_tpm: a lower-case letter, then 1–39 letters, digits or _. */
                    key: string;
                    name: string;
                    /** @enum {unknown} */
                    path: "individual" | "manager";
                    summary?: string;
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
                        grade: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        key: string;
                        name: string;
                        nextLevelId: string | null;
                        /** @enum {unknown} */
                        path: "individual" | "manager";
                        summary: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCareerLevel: {
        parameters: {
            query?: {
                /** @description Version being deleted; or send If-Match. */
                version?: number;
                /** @description Also delete the self and manager assessments people made at this level. Without it, a level someone was assessed at is refused (409 in_use). People on the level or roles planned at it always refuse the delete: move them first. */
                withAssessments?: boolean;
                /** @description Also delete what each competency expects at this level. Without it, a level with expectations is refused (409 in_use). */
                withExpectations?: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCareerLevel: {
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
                    name?: string;
                    summary?: string;
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
                        grade: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        key: string;
                        name: string;
                        nextLevelId: string | null;
                        /** @enum {unknown} */
                        path: "individual" | "manager";
                        summary: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPromotionReadiness: {
        parameters: {
            query?: {
                /** @description Identifier (UUID). */
                teamId?: string;
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
                            competencyCount: number;
                            currentLevelId: string | null;
                            metByManager: number;
                            metBySelf: number;
                            nextLevelId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            personName: string;
                            readiness: number | null;
                            ready: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCareerTrack: {
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
                    /** @description Stable key, e.g. staff_tpm: a lower-case letter, then 1–39 letters, digits or _. */
                    key: string;
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
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        key: string;
                        name: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCareerTrack: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCareerTrack: {
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
                        description: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        key: string;
                        name: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSuccessCriterion: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /**
                             * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                             * @enum {unknown}
                             */
                            lagKind: "working" | "elapsed" | "percent";
                            lagMinutes: number;
                            /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                            lagPercent: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                     * @enum {unknown}
                     */
                    lagKind?: "working" | "elapsed" | "percent";
                    /** @description Lag in working minutes; negative for a lead. */
                    lagMinutes?: number;
                    /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                    lagPercent?: number | null;
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
                        /**
                         * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                         * @enum {unknown}
                         */
                        lagKind: "working" | "elapsed" | "percent";
                        lagMinutes: number;
                        /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                        lagPercent: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        /**
                         * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                         * @enum {unknown}
                         */
                        lagKind: "working" | "elapsed" | "percent";
                        lagMinutes: number;
                        /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                        lagPercent: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                     * @enum {unknown}
                     */
                    lagKind?: "working" | "elapsed" | "percent";
                    /** @description Lag in working minutes; negative for a lead. */
                    lagMinutes?: number;
                    /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                    lagPercent?: number | null;
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
                        /**
                         * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                         * @enum {unknown}
                         */
                        lagKind: "working" | "elapsed" | "percent";
                        lagMinutes: number;
                        /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                        lagPercent: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        programId: string | null;
                        programIds: string[];
                        progress: number;
                        /** @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent. */
                        rankCorrelation: number;
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        result: {
                            /** @description The forecast cost; null without task costs, or hidden from you when you may not see the money of every program forecast (budgets and costs are shown to the program’s members, TPM managers and admins). */
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
                            programs?: {
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p50: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p95: string;
                                /** @description With a target date: share of iterations it is done by then. */
                                probabilityOfTarget?: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            }[];
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
                        /** @enum {unknown} */
                        scope: "program" | "portfolio";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHeadcountPlan: {
        parameters: {
            query?: {
                fiscalYear?: string;
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
                        fiscalYear: string;
                        needs: {
                            description: string;
                            fte: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description null for intake, or for a members-only program you may not see (then programName is "Members-only program", the description empty; the FTE still counts). */
                            programId: string | null;
                            programName: string | null;
                            /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                            quarter: string;
                            /** @enum {unknown} */
                            source: "program" | "intake";
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        quarters: {
                            /** @description Program staffing needs plus accepted intake work. */
                            demandFte: number;
                            filledRoles: number;
                            gapFte: number;
                            intakeDemandFte: number;
                            openRoles: number;
                            plannedRoles: number;
                            programDemandFte: number;
                            /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                            quarter: string;
                            /** @description TPMs on staff (capacity shares), roles filled before this quarter included. */
                            staffFte: number;
                        }[];
                        roles: {
                            filledById: string | null;
                            grade: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            levelId: string | null;
                            levelName: string | null;
                            note: string;
                            /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                            quarter: string;
                            /** @enum {unknown} */
                            status: "planned" | "open" | "filled";
                            teamId: string | null;
                            title: string;
                            trackId: string | null;
                            trackName: string | null;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        totals: {
                            /** @description Average over the quarters. */
                            demandFte: number;
                            peakGapFte: number;
                            rolesFilled: number;
                            rolesOpen: number;
                            rolesPlanned: number;
                            staffFte: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStaffingNeed: {
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
                    fte: number;
                    programId?: string | null;
                    /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                    quarter: string;
                    /** @enum {unknown} */
                    source: "program" | "intake";
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
                        description: string;
                        fte: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /** @description null for intake, or for a members-only program you may not see (then programName is "Members-only program", the description empty; the FTE still counts). */
                        programId: string | null;
                        programName: string | null;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        source: "program" | "intake";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStaffingNeed: {
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
                        description: string;
                        fte: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /** @description null for intake, or for a members-only program you may not see (then programName is "Members-only program", the description empty; the FTE still counts). */
                        programId: string | null;
                        programName: string | null;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        source: "program" | "intake";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteStaffingNeed: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateStaffingNeed: {
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
                    fte?: number;
                    programId?: string | null;
                    /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                    quarter?: string;
                    /** @enum {unknown} */
                    source?: "program" | "intake";
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
                        description: string;
                        fte: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /** @description null for intake, or for a members-only program you may not see (then programName is "Members-only program", the description empty; the FTE still counts). */
                        programId: string | null;
                        programName: string | null;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        source: "program" | "intake";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createHeadcountRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filledById?: string | null;
                    levelId?: string | null;
                    note?: string;
                    /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                    quarter: string;
                    /** @enum {unknown} */
                    status?: "planned" | "open" | "filled";
                    teamId?: string | null;
                    title: string;
                    trackId?: string | null;
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
                        filledById: string | null;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        note: string;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        status: "planned" | "open" | "filled";
                        teamId: string | null;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHeadcountRole: {
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
                        filledById: string | null;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        note: string;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        status: "planned" | "open" | "filled";
                        teamId: string | null;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteHeadcountRole: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateHeadcountRole: {
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
                    filledById?: string | null;
                    levelId?: string | null;
                    note?: string;
                    /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                    quarter?: string;
                    /** @enum {unknown} */
                    status?: "planned" | "open" | "filled";
                    teamId?: string | null;
                    title?: string;
                    trackId?: string | null;
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
                        filledById: string | null;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        note: string;
                        /** @description Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in). */
                        quarter: string;
                        /** @enum {unknown} */
                        status: "planned" | "open" | "filled";
                        teamId: string | null;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            downSince: string | null;
                            latencyMs: number | null;
                            /** @enum {unknown} */
                            mode: "embedded" | "external";
                            restarts: number;
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
                            downSince: string | null;
                            latencyMs: number | null;
                            /** @enum {unknown} */
                            mode: "embedded" | "external";
                            restarts: number;
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
    listHolidays: {
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
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            day: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    day: string;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        day: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteHoliday: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateHoliday: {
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
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    day?: string;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        day: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getImportJob: {
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
            /** @description A large plan import running in the background; poll it until it finishes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorBody"] | null;
                        finishedAt: string | null;
                        /**
                         * @description mspdi (MS Project XML), yaml (the Waymark plan file) or csv
                         * @enum {unknown}
                         */
                        format: "mspdi" | "yaml" | "csv";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        programId: string | null;
                        programName: string;
                        progress: {
                            /** @description Rows read, or items written, so far. */
                            done: number;
                            /** @enum {unknown} */
                            phase: "queued" | "reading" | "writing" | "finished";
                            /** @description Rows to read, or items to write. */
                            total: number;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        warnings: {
                            /** @description Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`… */
                            at: string;
                            /** @description The element or column, e.g. `Duration`, `PredecessorLink`. */
                            field: string;
                            /** @description What was done with it, in a sentence. */
                            message: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    gitlabWebhook: {
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
                        /** @enum {unknown} */
                        outcome: "created" | "duplicate_delivery" | "updated" | "ignored";
                        requestId: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    slackCommand: {
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
                        /** @enum {unknown} */
                        response_type: "ephemeral" | "in_channel";
                        text: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
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
                        /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        achievedAt: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    achievedAt?: string | null;
                    /** @description One of the program's calendars; null: the program's own calendar. */
                    calendarId?: string | null;
                    /** @description Mark it achieved although some success criteria are not met; the confirmation is audited. */
                    confirmUnmetCriteria?: boolean;
                    constraintDate?: string | null;
                    constraintType?: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                    description?: string;
                    dueDate?: string | null;
                    name?: string;
                    /** @description The summary task it sits under (same program); null: the top of the outline. */
                    parentTaskId?: string | null;
                    /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                    position?: number | null;
                    /** @enum {unknown} */
                    state?: "planned" | "achieved" | "missed";
                    /** @description The MS Project UID it was imported with; an export writes it back. */
                    uid?: number | null;
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
                        achievedAt: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listNotifications: {
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
                            kind: string;
                            message: string;
                            readAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    markNotificationRead: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Identifier (UUID). */
                levelId?: string;
                /** @description Part of a name or title. */
                q?: string;
                /** @description Has this skill or domain. */
                skill?: string;
                /** @description Identifier (UUID). */
                teamId?: string;
                /** @description Identifier (UUID). */
                trackId?: string;
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
                            email: string;
                            grade: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            levelId: string | null;
                            levelName: string | null;
                            location: string;
                            managerId: string | null;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                            skills: {
                                /** @enum {unknown} */
                                kind: "skill" | "domain";
                                name: string;
                                /** @description 1 = learning … 5 = expert. */
                                proficiency: number;
                            }[];
                            teamId: string | null;
                            teamName: string | null;
                            timeZone: string;
                            title: string;
                            trackId: string | null;
                            trackName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPerson: {
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
                        /** @description Share of working hours given to program and run work. */
                        capacity: number;
                        directReportIds: string[];
                        email: string;
                        flexibleHours: boolean;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        location: string;
                        managerId: string | null;
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        skills: {
                            /** @enum {unknown} */
                            kind: "skill" | "domain";
                            name: string;
                            /** @description 1 = learning … 5 = expert. */
                            proficiency: number;
                        }[];
                        teamId: string | null;
                        teamName: string | null;
                        timeOff: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * @description The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).
                             * @enum {unknown}
                             */
                            kind: "vacation" | "sick" | "training" | "parental" | "other" | "away";
                            /** @description Empty when the kind is shown as "away". */
                            note: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        timeZone: string;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workingDays: number[];
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursEnd: number;
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursStart: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePerson: {
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
                    capacity?: number;
                    flexibleHours?: boolean;
                    levelId?: string | null;
                    location?: string;
                    managerId?: string | null;
                    teamId?: string | null;
                    /** @description IANA time zone, e.g. America/Los_Angeles. */
                    timeZone?: string;
                    title?: string;
                    trackId?: string | null;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                    workingDays?: number[];
                    /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                    workingHoursEnd?: number;
                    /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                    workingHoursStart?: number;
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
                        /** @description Share of working hours given to program and run work. */
                        capacity: number;
                        directReportIds: string[];
                        email: string;
                        flexibleHours: boolean;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        location: string;
                        managerId: string | null;
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        skills: {
                            /** @enum {unknown} */
                            kind: "skill" | "domain";
                            name: string;
                            /** @description 1 = learning … 5 = expert. */
                            proficiency: number;
                        }[];
                        teamId: string | null;
                        teamName: string | null;
                        timeOff: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * @description The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).
                             * @enum {unknown}
                             */
                            kind: "vacation" | "sick" | "training" | "parental" | "other" | "away";
                            /** @description Empty when the kind is shown as "away". */
                            note: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        timeZone: string;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workingDays: number[];
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursEnd: number;
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursStart: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPersonAssessments: {
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
                        currentLevelId: string | null;
                        items: {
                            assessedById: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            competencyId: string;
                            evidenceUrls: string[];
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "self" | "manager";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            levelId: string;
                            note: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            /** @description 1 = not yet, 2 = partly, 3 = meets, 4 = exceeds. */
                            rating: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        nextLevelId: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        readiness: {
                            competencyCount: number;
                            currentLevelId: string | null;
                            metByManager: number;
                            metBySelf: number;
                            nextLevelId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            personName: string;
                            readiness: number | null;
                            ready: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    putAssessment: {
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
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    competencyId: string;
                    evidenceUrls?: string[];
                    /** @enum {unknown} */
                    kind: "self" | "manager";
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    levelId: string;
                    note?: string;
                    /** @description 1 = not yet, 2 = partly, 3 = meets, 4 = exceeds. */
                    rating: number;
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
                        assessedById: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        competencyId: string;
                        evidenceUrls: string[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /** @enum {unknown} */
                        kind: "self" | "manager";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        levelId: string;
                        note: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        /** @description 1 = not yet, 2 = partly, 3 = meets, 4 = exceeds. */
                        rating: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPersonCapacity: {
        parameters: {
            query?: {
                /** @description Calendar date, YYYY-MM-DD. */
                from?: string;
                /** @description Identifier (UUID). */
                levelId?: string;
                skill?: string;
                /** @description Identifier (UUID). */
                teamId?: string;
                /** @description Zone weeks are counted in; default America/Los_Angeles. */
                timeZone?: string;
                weeks?: number;
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
                        cells: {
                            capacityHours: number;
                            holidayHours: number;
                            loadHours: number;
                            loadPercent: number | null;
                            programs: {
                                allocatedHours: number;
                                assignedHours: number;
                                /** @description What the program loads the week with: the larger of its allocation and its task assignments. */
                                loadHours: number;
                                /** @description null for run work, and for programs you may not see (all in one row). */
                                programId: string | null;
                                /** @description The program, "Run work", or "Members-only program" for those you may not see. */
                                programName: string;
                            }[];
                            /** @enum {unknown} */
                            status: "over" | "ok" | "under" | "unavailable";
                            timeOffHours: number;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            weekStart: string;
                        }[];
                        grade: number | null;
                        levelName: string | null;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        teamName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replacePersonSkills: {
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
                    skills: {
                        /** @enum {unknown} */
                        kind: "skill" | "domain";
                        name: string;
                        /** @description 1 = learning … 5 = expert. */
                        proficiency: number;
                    }[];
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
                        /** @description Share of working hours given to program and run work. */
                        capacity: number;
                        directReportIds: string[];
                        email: string;
                        flexibleHours: boolean;
                        grade: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        levelId: string | null;
                        levelName: string | null;
                        location: string;
                        managerId: string | null;
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        skills: {
                            /** @enum {unknown} */
                            kind: "skill" | "domain";
                            name: string;
                            /** @description 1 = learning … 5 = expert. */
                            proficiency: number;
                        }[];
                        teamId: string | null;
                        teamName: string | null;
                        timeOff: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * @description The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).
                             * @enum {unknown}
                             */
                            kind: "vacation" | "sick" | "training" | "parental" | "other" | "away";
                            /** @description Empty when the kind is shown as "away". */
                            note: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        timeZone: string;
                        title: string;
                        trackId: string | null;
                        trackName: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        workingDays: number[];
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursEnd: number;
                        /** @description Minutes after local midnight, e.g. 480 = 08:00. */
                        workingHoursStart: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addTimeOff: {
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
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    from: string;
                    /** @enum {unknown} */
                    kind?: "vacation" | "sick" | "training" | "parental" | "other";
                    note?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    to: string;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * @description The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).
                         * @enum {unknown}
                         */
                        kind: "vacation" | "sick" | "training" | "parental" | "other" | "away";
                        /** @description Empty when the kind is shown as "away". */
                        note: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        to: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPortfolioForecasts: {
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
                            programId: string | null;
                            programIds: string[];
                            progress: number;
                            /** @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent. */
                            rankCorrelation: number;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedById: string | null;
                            /** @enum {unknown} */
                            scope: "program" | "portfolio";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    runPortfolioForecast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    /** @description The programs to forecast together; default every active program. The clock (time zone) is the first program's. */
                    programIds?: string[];
                    /**
                     * @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent.
                     * @default 0
                     */
                    rankCorrelation?: number;
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
                        programId: string | null;
                        programIds: string[];
                        progress: number;
                        /** @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent. */
                        rankCorrelation: number;
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        result: {
                            /** @description The forecast cost; null without task costs, or hidden from you when you may not see the money of every program forecast (budgets and costs are shown to the program’s members, TPM managers and admins). */
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
                            programs?: {
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p50: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p95: string;
                                /** @description With a target date: share of iterations it is done by then. */
                                probabilityOfTarget?: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            }[];
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
                        /** @enum {unknown} */
                        scope: "program" | "portfolio";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramCalendar: {
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
                        baseCalendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        exceptions: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /** @description Working periods on those days; empty: not working. */
                            intervals: {
                                from: number;
                                to: number;
                            }[];
                            name?: string;
                            occurrences?: number;
                            recurrence?: {
                                every: number;
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "weekly";
                                weekdays: number[];
                            } | {
                                day: number;
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-day";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-weekday";
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            } | {
                                day: number;
                                /** @enum {string} */
                                kind: "yearly-date";
                                month: number;
                            } | {
                                /** @enum {string} */
                                kind: "yearly-weekday";
                                month: number;
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            };
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        isProgramCalendar: boolean;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        timeZone: string | null;
                        uid: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                        week: {
                            0?: {
                                from: number;
                                to: number;
                            }[];
                            1?: {
                                from: number;
                                to: number;
                            }[];
                            2?: {
                                from: number;
                                to: number;
                            }[];
                            3?: {
                                from: number;
                                to: number;
                            }[];
                            4?: {
                                from: number;
                                to: number;
                            }[];
                            5?: {
                                from: number;
                                to: number;
                            }[];
                            6?: {
                                from: number;
                                to: number;
                            }[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteProgramCalendar: {
        parameters: {
            query?: {
                /** @description Delete it although the program or some of its items run on it: they go back to the program’s calendar. */
                detach?: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProgramCalendar: {
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
                    baseCalendarId?: string | null;
                    exceptions?: {
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        /** @description Working periods on those days; empty: not working. */
                        intervals: {
                            from: number;
                            to: number;
                        }[];
                        name?: string;
                        occurrences?: number;
                        recurrence?: {
                            every: number;
                            /** @enum {string} */
                            kind: "daily";
                        } | {
                            every: number;
                            /** @enum {string} */
                            kind: "weekly";
                            weekdays: number[];
                        } | {
                            day: number;
                            every: number;
                            /** @enum {string} */
                            kind: "monthly-day";
                        } | {
                            every: number;
                            /** @enum {string} */
                            kind: "monthly-weekday";
                            /** @description The 1st to 4th, or the last, of the month. */
                            position: number | "last";
                            weekday: number;
                        } | {
                            day: number;
                            /** @enum {string} */
                            kind: "yearly-date";
                            month: number;
                        } | {
                            /** @enum {string} */
                            kind: "yearly-weekday";
                            month: number;
                            /** @description The 1st to 4th, or the last, of the month. */
                            position: number | "last";
                            weekday: number;
                        };
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        to: string;
                    }[];
                    name?: string;
                    timeZone?: string | null;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                    /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                    week?: {
                        0?: {
                            from: number;
                            to: number;
                        }[];
                        1?: {
                            from: number;
                            to: number;
                        }[];
                        2?: {
                            from: number;
                            to: number;
                        }[];
                        3?: {
                            from: number;
                            to: number;
                        }[];
                        4?: {
                            from: number;
                            to: number;
                        }[];
                        5?: {
                            from: number;
                            to: number;
                        }[];
                        6?: {
                            from: number;
                            to: number;
                        }[];
                    };
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
                        baseCalendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        exceptions: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /** @description Working periods on those days; empty: not working. */
                            intervals: {
                                from: number;
                                to: number;
                            }[];
                            name?: string;
                            occurrences?: number;
                            recurrence?: {
                                every: number;
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "weekly";
                                weekdays: number[];
                            } | {
                                day: number;
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-day";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-weekday";
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            } | {
                                day: number;
                                /** @enum {string} */
                                kind: "yearly-date";
                                month: number;
                            } | {
                                /** @enum {string} */
                                kind: "yearly-weekday";
                                month: number;
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            };
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        isProgramCalendar: boolean;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        timeZone: string | null;
                        uid: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                        week: {
                            0?: {
                                from: number;
                                to: number;
                            }[];
                            1?: {
                                from: number;
                                to: number;
                            }[];
                            2?: {
                                from: number;
                                to: number;
                            }[];
                            3?: {
                                from: number;
                                to: number;
                            }[];
                            4?: {
                                from: number;
                                to: number;
                            }[];
                            5?: {
                                from: number;
                                to: number;
                            }[];
                            6?: {
                                from: number;
                                to: number;
                            }[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramResource: {
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
                        assignments: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            taskId: string;
                            taskName: string;
                            units: number;
                        }[];
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        maxUnits: number;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        uid: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string | null;
                        userName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteProgramResource: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProgramResource: {
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
                    /** @description One of the program's calendars. */
                    calendarId?: string | null;
                    /** @description 1 = one full-time resource; a pool may be more. */
                    maxUnits?: number;
                    name?: string;
                    /**
                     * Format: uuid
                     * @description Link it to this person: its assignments become the person's task assignments (up to 200 % each). Linking is one way.
                     */
                    userId?: string;
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
                        assignments: {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            taskId: string;
                            taskName: string;
                            units: number;
                        }[];
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        maxUnits: number;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        uid: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string | null;
                        userName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            budgetCents: number | null;
                            /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                            calendarId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            doneTaskCount: number;
                            /** @enum {unknown} */
                            health: "green" | "amber" | "red";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                             * @enum {unknown}
                             */
                            levelling: "none" | "within_slack" | "beyond_slack";
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            rollupAt: string | null;
                            sponsor: string;
                            startDate: string | null;
                            startTime: string | null;
                            /** @enum {unknown} */
                            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                            statusDate: string | null;
                            summary: string;
                            targetDate: string | null;
                            taskCount: number;
                            /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            /**
                             * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                             * @enum {unknown}
                             */
                            visibility: "organization" | "members";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                     * @enum {unknown}
                     */
                    levelling?: "none" | "within_slack" | "beyond_slack";
                    name: string;
                    ownerId?: string | null;
                    sponsor?: string;
                    startDate?: string | null;
                    startTime?: string | null;
                    /**
                     * @default proposed
                     * @enum {unknown}
                     */
                    status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                    statusDate?: string | null;
                    summary?: string;
                    targetDate?: string | null;
                    /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                    timeZone?: string;
                    /**
                     * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                     * @enum {unknown}
                     */
                    visibility?: "organization" | "members";
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
                        /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        budgetCents: number | null;
                        /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /** @enum {unknown} */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                         * @enum {unknown}
                         */
                        levelling: "none" | "within_slack" | "beyond_slack";
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        startTime: string | null;
                        /** @enum {unknown} */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        statusDate: string | null;
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /**
                         * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                         * @enum {unknown}
                         */
                        visibility: "organization" | "members";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        budgetCents: number | null;
                        /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /** @enum {unknown} */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                         * @enum {unknown}
                         */
                        levelling: "none" | "within_slack" | "beyond_slack";
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        startTime: string | null;
                        /** @enum {unknown} */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        statusDate: string | null;
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /**
                         * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                         * @enum {unknown}
                         */
                        visibility: "organization" | "members";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /** @description One of the program’s calendars; null: the organization’s. */
                    calendarId?: string | null;
                    currency?: string;
                    /** @enum {unknown} */
                    health?: "green" | "amber" | "red";
                    /**
                     * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                     * @enum {unknown}
                     */
                    levelling?: "none" | "within_slack" | "beyond_slack";
                    name?: string;
                    ownerId?: string | null;
                    sponsor?: string;
                    startDate?: string | null;
                    startTime?: string | null;
                    /** @enum {unknown} */
                    status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                    statusDate?: string | null;
                    summary?: string;
                    targetDate?: string | null;
                    /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                    timeZone?: string;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version?: number;
                    /**
                     * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                     * @enum {unknown}
                     */
                    visibility?: "organization" | "members";
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
                        /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        budgetCents: number | null;
                        /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /** @enum {unknown} */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                         * @enum {unknown}
                         */
                        levelling: "none" | "within_slack" | "beyond_slack";
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        startTime: string | null;
                        /** @enum {unknown} */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        statusDate: string | null;
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /**
                         * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                         * @enum {unknown}
                         */
                        visibility: "organization" | "members";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgramAssignments: {
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
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            taskId: string;
                            /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                            units: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            userId: string;
                            userName: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                                itemNames?: string[];
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
                                /** @description The summary task it sits under (outline order is list order). */
                                parentId?: string | null;
                                percentComplete?: number;
                                /**
                                 * @description Done items sit at their actual dates; in-progress ones keep their actual start.
                                 * @enum {unknown}
                                 */
                                progress?: "not_started" | "in_progress" | "done";
                                /** @description A summary task: its dates roll up from the items below it. */
                                summary?: boolean;
                                /** @description Working minutes of total float. */
                                totalSlackMinutes: number;
                            }[];
                            levelling?: {
                                delays: {
                                    /** @description Working minutes on the task's calendar. */
                                    delayMinutes: number;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    itemId: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    levelledStart: string;
                                    /** @description Who was over capacity, by which tasks, when. */
                                    reason: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    resourceId: string;
                                    resourceName: string;
                                    /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                    unlevelledStart: string;
                                }[];
                                /**
                                 * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                                 * @enum {unknown}
                                 */
                                mode: "none" | "within_slack" | "beyond_slack";
                                unresolved: {
                                    /** @enum {unknown} */
                                    cause: "beyond_slack" | "hard_constraint" | "do_not_level" | "exceeds_capacity";
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    itemId: string;
                                    reason: string;
                                    resourceIds: string[];
                                }[];
                            };
                            /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                            start: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            statusDate?: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgramCalendars: {
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
                            baseCalendarId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            exceptions: {
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD.
                                 */
                                from: string;
                                /** @description Working periods on those days; empty: not working. */
                                intervals: {
                                    from: number;
                                    to: number;
                                }[];
                                name?: string;
                                occurrences?: number;
                                recurrence?: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "daily";
                                } | {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekdays: number[];
                                } | {
                                    day: number;
                                    every: number;
                                    /** @enum {string} */
                                    kind: "monthly-day";
                                } | {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "monthly-weekday";
                                    /** @description The 1st to 4th, or the last, of the month. */
                                    position: number | "last";
                                    weekday: number;
                                } | {
                                    day: number;
                                    /** @enum {string} */
                                    kind: "yearly-date";
                                    month: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "yearly-weekday";
                                    month: number;
                                    /** @description The 1st to 4th, or the last, of the month. */
                                    position: number | "last";
                                    weekday: number;
                                };
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD.
                                 */
                                to: string;
                            }[];
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            isProgramCalendar: boolean;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            timeZone: string | null;
                            uid: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                            week: {
                                0?: {
                                    from: number;
                                    to: number;
                                }[];
                                1?: {
                                    from: number;
                                    to: number;
                                }[];
                                2?: {
                                    from: number;
                                    to: number;
                                }[];
                                3?: {
                                    from: number;
                                    to: number;
                                }[];
                                4?: {
                                    from: number;
                                    to: number;
                                }[];
                                5?: {
                                    from: number;
                                    to: number;
                                }[];
                                6?: {
                                    from: number;
                                    to: number;
                                }[];
                            };
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createProgramCalendar: {
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
                    baseCalendarId?: string | null;
                    exceptions?: {
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        /** @description Working periods on those days; empty: not working. */
                        intervals: {
                            from: number;
                            to: number;
                        }[];
                        name?: string;
                        occurrences?: number;
                        recurrence?: {
                            every: number;
                            /** @enum {string} */
                            kind: "daily";
                        } | {
                            every: number;
                            /** @enum {string} */
                            kind: "weekly";
                            weekdays: number[];
                        } | {
                            day: number;
                            every: number;
                            /** @enum {string} */
                            kind: "monthly-day";
                        } | {
                            every: number;
                            /** @enum {string} */
                            kind: "monthly-weekday";
                            /** @description The 1st to 4th, or the last, of the month. */
                            position: number | "last";
                            weekday: number;
                        } | {
                            day: number;
                            /** @enum {string} */
                            kind: "yearly-date";
                            month: number;
                        } | {
                            /** @enum {string} */
                            kind: "yearly-weekday";
                            month: number;
                            /** @description The 1st to 4th, or the last, of the month. */
                            position: number | "last";
                            weekday: number;
                        };
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        to: string;
                    }[];
                    name: string;
                    timeZone?: string | null;
                    /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                    week?: {
                        0?: {
                            from: number;
                            to: number;
                        }[];
                        1?: {
                            from: number;
                            to: number;
                        }[];
                        2?: {
                            from: number;
                            to: number;
                        }[];
                        3?: {
                            from: number;
                            to: number;
                        }[];
                        4?: {
                            from: number;
                            to: number;
                        }[];
                        5?: {
                            from: number;
                            to: number;
                        }[];
                        6?: {
                            from: number;
                            to: number;
                        }[];
                    };
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
                        baseCalendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        exceptions: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /** @description Working periods on those days; empty: not working. */
                            intervals: {
                                from: number;
                                to: number;
                            }[];
                            name?: string;
                            occurrences?: number;
                            recurrence?: {
                                every: number;
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "weekly";
                                weekdays: number[];
                            } | {
                                day: number;
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-day";
                            } | {
                                every: number;
                                /** @enum {string} */
                                kind: "monthly-weekday";
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            } | {
                                day: number;
                                /** @enum {string} */
                                kind: "yearly-date";
                                month: number;
                            } | {
                                /** @enum {string} */
                                kind: "yearly-weekday";
                                month: number;
                                /** @description The 1st to 4th, or the last, of the month. */
                                position: number | "last";
                                weekday: number;
                            };
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            to: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        isProgramCalendar: boolean;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        timeZone: string | null;
                        uid: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /** @description Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar. */
                        week: {
                            0?: {
                                from: number;
                                to: number;
                            }[];
                            1?: {
                                from: number;
                                to: number;
                            }[];
                            2?: {
                                from: number;
                                to: number;
                            }[];
                            3?: {
                                from: number;
                                to: number;
                            }[];
                            4?: {
                                from: number;
                                to: number;
                            }[];
                            5?: {
                                from: number;
                                to: number;
                            }[];
                            6?: {
                                from: number;
                                to: number;
                            }[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
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
            429: {
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
            503: {
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
                            programId: string | null;
                            programIds: string[];
                            progress: number;
                            /** @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent. */
                            rankCorrelation: number;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedById: string | null;
                            /** @enum {unknown} */
                            scope: "program" | "portfolio";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent.
                     * @default 0
                     */
                    rankCorrelation?: number;
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
                        programId: string | null;
                        programIds: string[];
                        progress: number;
                        /** @description Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent. */
                        rankCorrelation: number;
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        result: {
                            /** @description The forecast cost; null without task costs, or hidden from you when you may not see the money of every program forecast (budgets and costs are shown to the program’s members, TPM managers and admins). */
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
                            programs?: {
                                name: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p50: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p80: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                p95: string;
                                /** @description With a target date: share of iterations it is done by then. */
                                probabilityOfTarget?: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                programId: string;
                            }[];
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
                        /** @enum {unknown} */
                        scope: "program" | "portfolio";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    applyProgramPlanUpdate: {
        parameters: {
            query: {
                /** @description mspdi (MS Project XML), yaml (the Waymark plan file) or csv */
                format: "mspdi" | "yaml" | "csv";
                /** @description The program's version the preview was computed against; a program changed since is refused (409 version_conflict). */
                programVersion: number;
            };
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The plan file, as text (as for POST /api/programs/import). */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: {
                            calendars: {
                                added: number;
                                changed: number;
                                removed: number;
                            };
                            dependencies: {
                                added: number;
                                changed: number;
                                removed: number;
                            };
                            milestones: {
                                added: number;
                                changed: number;
                                removed: number;
                            };
                            tasks: {
                                added: number;
                                changed: number;
                                removed: number;
                            };
                            workstreams: {
                                added: number;
                                changed: number;
                                removed: number;
                            };
                        };
                        /** @description Whether its start or calendar changed. */
                        programChanged: boolean;
                        /** @description The program's version after the update. */
                        programVersion: number;
                        warnings: {
                            /** @description Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`… */
                            at: string;
                            /** @description The element or column, e.g. `Duration`, `PredecessorLink`. */
                            field: string;
                            /** @description What was done with it, in a sentence. */
                            message: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    previewProgramPlanUpdate: {
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
        /** @description The plan file, as text (as for POST /api/programs/import). */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendars: {
                            /** @description In the file, with no item of that UID. */
                            added: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Same UID, fields that differ. */
                            changed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Items without a UID (made in Waymark): left alone. */
                            kept: number;
                            /** @description Items of the program with a UID the file no longer has: deleted on apply. */
                            removed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                        };
                        dependencies: {
                            /** @description In the file, with no item of that UID. */
                            added: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Same UID, fields that differ. */
                            changed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Items without a UID (made in Waymark): left alone. */
                            kept: number;
                            /** @description Items of the program with a UID the file no longer has: deleted on apply. */
                            removed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                        };
                        milestones: {
                            /** @description In the file, with no item of that UID. */
                            added: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Same UID, fields that differ. */
                            changed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Items without a UID (made in Waymark): left alone. */
                            kept: number;
                            /** @description Items of the program with a UID the file no longer has: deleted on apply. */
                            removed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                        };
                        program: {
                            /** @description startDate, startTime, calendar. */
                            changes: {
                                /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                field: string;
                                from: (string | number | boolean) | null;
                                to: (string | number | boolean) | null;
                            }[];
                        };
                        /** @description The version this preview was computed against. */
                        programVersion: number;
                        tasks: {
                            /** @description In the file, with no item of that UID. */
                            added: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Same UID, fields that differ. */
                            changed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Items without a UID (made in Waymark): left alone. */
                            kept: number;
                            /** @description Items of the program with a UID the file no longer has: deleted on apply. */
                            removed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                        };
                        warnings: {
                            /** @description Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`… */
                            at: string;
                            /** @description The element or column, e.g. `Duration`, `PredecessorLink`. */
                            field: string;
                            /** @description What was done with it, in a sentence. */
                            message: string;
                        }[];
                        workstreams: {
                            /** @description In the file, with no item of that UID. */
                            added: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Same UID, fields that differ. */
                            changed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
                            /** @description Items without a UID (made in Waymark): left alone. */
                            kept: number;
                            /** @description Items of the program with a UID the file no longer has: deleted on apply. */
                            removed: {
                                /** @description For a changed item: what changes. */
                                changes: {
                                    /** @description The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to). */
                                    field: string;
                                    from: (string | number | boolean) | null;
                                    to: (string | number | boolean) | null;
                                }[];
                                id: string | null;
                                /** @description What it is called (a link: "A → B"). */
                                name: string;
                                uid: number | null;
                            }[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgramMembers: {
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
                            accountRole: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /**
                             * @description owner: edits the program, manages its members and reads its audit log. editor: edits it. viewer: reads it, budgets and costs included. A stakeholder account reads only, whatever its membership.
                             * @enum {unknown}
                             */
                            role: "owner" | "editor" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            userId: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                        }[];
                        you: {
                            canEdit: boolean;
                            canManageMembers: boolean;
                            canReadAudit: boolean;
                            canSeeMoney: boolean;
                            membership: ("owner" | "editor" | "viewer") | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setProgramMember: {
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
                     * @description owner: edits the program, manages its members and reads its audit log. editor: edits it. viewer: reads it, budgets and costs included. A stakeholder account reads only, whatever its membership.
                     * @enum {unknown}
                     */
                    role: "owner" | "editor" | "viewer";
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    userId: string;
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
                        /** @enum {unknown} */
                        accountRole: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /**
                         * @description owner: edits the program, manages its members and reads its audit log. editor: edits it. viewer: reads it, budgets and costs included. A stakeholder account reads only, whatever its membership.
                         * @enum {unknown}
                         */
                        role: "owner" | "editor" | "viewer";
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        userId: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        accountRole: "admin" | "tpm_manager" | "tpm" | "stakeholder";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /**
                         * @description owner: edits the program, manages its members and reads its audit log. editor: edits it. viewer: reads it, budgets and costs included. A stakeholder account reads only, whatever its membership.
                         * @enum {unknown}
                         */
                        role: "owner" | "editor" | "viewer";
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        userId: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    removeProgramMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
                /** @description Identifier (UUID). */
                userId: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            achievedAt: string | null;
                            /** @description One of the program's calendars; null: the program's own calendar. */
                            calendarId: string | null;
                            constraintDate: string | null;
                            constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                            /** @description The summary task it sits under (same program); null: the top of the outline. */
                            parentTaskId: string | null;
                            /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                            position: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @enum {unknown} */
                            state: "planned" | "achieved" | "missed";
                            /** @description The MS Project UID it was imported with; an export writes it back. */
                            uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    achievedAt?: string | null;
                    /** @description One of the program's calendars; null: the program's own calendar. */
                    calendarId?: string | null;
                    /** @description Mark it achieved although some success criteria are not met; the confirmation is audited. */
                    confirmUnmetCriteria?: boolean;
                    constraintDate?: string | null;
                    constraintType?: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                    /** @description The summary task it sits under (same program); null: the top of the outline. */
                    parentTaskId?: string | null;
                    /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                    position?: number | null;
                    /** @enum {unknown} */
                    state?: "planned" | "achieved" | "missed";
                    /** @description The MS Project UID it was imported with; an export writes it back. */
                    uid?: number | null;
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
                        achievedAt: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @enum {unknown} */
                        state: "planned" | "achieved" | "missed";
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /**
                             * @description working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.
                             * @enum {unknown}
                             */
                            lagKind: "working" | "elapsed" | "percent";
                            lagMinutes: number;
                            /** @description With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it). */
                            lagPercent: number | null;
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
                            achievedAt: string | null;
                            /** @description One of the program's calendars; null: the program's own calendar. */
                            calendarId: string | null;
                            constraintDate: string | null;
                            constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
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
                            /** @description The summary task it sits under (same program); null: the top of the outline. */
                            parentTaskId: string | null;
                            /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                            position: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @enum {unknown} */
                            state: "planned" | "achieved" | "missed";
                            /** @description The MS Project UID it was imported with; an export writes it back. */
                            uid: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            workstreamId: string | null;
                        }[];
                        program: {
                            /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            budgetCents: number | null;
                            /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                            calendarId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            doneTaskCount: number;
                            /** @enum {unknown} */
                            health: "green" | "amber" | "red";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                             * @enum {unknown}
                             */
                            levelling: "none" | "within_slack" | "beyond_slack";
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            rollupAt: string | null;
                            sponsor: string;
                            startDate: string | null;
                            startTime: string | null;
                            /** @enum {unknown} */
                            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                            statusDate: string | null;
                            summary: string;
                            targetDate: string | null;
                            taskCount: number;
                            /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            /**
                             * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                             * @enum {unknown}
                             */
                            visibility: "organization" | "members";
                        };
                        tasks: {
                            actualFinish: string | null;
                            actualStart: string | null;
                            /** @description One of the program's calendars; null: the program's own calendar. */
                            calendarId: string | null;
                            constraintDate: string | null;
                            constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                            /** @description Cost per working hour; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            costPerHour: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            description: string;
                            dueDate: string | null;
                            /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                            durationElapsed: boolean;
                            estimateHours: number | null;
                            estimateOptimisticHours: number | null;
                            estimatePessimisticHours: number | null;
                            /** @description A fixed cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            fixedCost: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            milestoneId: string | null;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @description The summary task it sits under (same program); null: the top of the outline. */
                            parentTaskId: string | null;
                            /** @description Share of the work done, 0–100; a done task is 100. */
                            percentComplete: number;
                            /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                            position: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @description Working hours left; when not given, the duration × (1 − percentComplete / 100). */
                            remainingHours: number;
                            remainingHoursSet: boolean;
                            startDate: string | null;
                            /** @enum {unknown} */
                            state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                            teamId: string | null;
                            /** @description The MS Project UID it was imported with; an export writes it back. */
                            uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramResourceLoad: {
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
                        /**
                         * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                         * @enum {unknown}
                         */
                        levelling: "none" | "within_slack" | "beyond_slack";
                        /** @description Person-weeks over capacity. */
                        overAllocatedWeeks: number;
                        people: {
                            /** @description Share of working time given to program work (1 = full time). */
                            capacity: number;
                            name: string;
                            timeZone: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            userId: string;
                            weeks: {
                                /** @description Working hours available: the person's hours − holidays − time off, × capacity (as in the capacity heatmap). */
                                capacityHours: number;
                                /** @description Hours of this program's assigned work scheduled in the week. */
                                loadHours: number;
                                /** @description Hours the person is booked on other programs and run work in the week. */
                                otherLoadHours: number;
                                /** @description Total load (this program and every other) above capacity. */
                                overAllocated: boolean;
                                /** @description Every program (and run work) loading the week, largest first. */
                                programs: {
                                    allocatedHours: number;
                                    assignedHours: number;
                                    /** @description What the program loads the week with: the larger of its allocation and its task assignments. */
                                    loadHours: number;
                                    /** @description null for run work, and for programs you may not see (all in one row). */
                                    programId: string | null;
                                    /** @description The program, "Run work", or "Members-only program" for those you may not see. */
                                    programName: string;
                                }[];
                                taskIds: string[];
                                /** @description Everything the person is booked for in the week, counted as the heatmap counts it (per program the larger of its allocation and its tasks). */
                                totalLoadHours: number;
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** Format: date-time */
                        scheduleComputedAt: string;
                        weekStarts: string[];
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgramResources: {
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
                            assignments: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                taskId: string;
                                taskName: string;
                                units: number;
                            }[];
                            calendarId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            maxUnits: number;
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            uid: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            userId: string | null;
                            userName: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            query?: {
                category?: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                /** @description Identifier (UUID). */
                ownerId?: string;
                /** @description One status or several, comma-separated: open,mitigating. */
                status?: string;
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
                            /** @enum {unknown} */
                            category: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                            closedAt: string | null;
                            contingency: string | null;
                            /** @description The risk's cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            cost: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            delayHours: number;
                            delayOptimisticHours: number | null;
                            delayPessimisticHours: number | null;
                            description: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            impact: number;
                            /** @description From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5. */
                            likelihood: number;
                            mitigation: string | null;
                            mitigationDueDate: string | null;
                            occurredAt: string | null;
                            ownerId: string | null;
                            ownerName: string | null;
                            probability: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            programName: string;
                            proximityDate: string | null;
                            response: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                            reviewDate: string | null;
                            /** @description likelihood × impact. */
                            score: number;
                            /** @enum {unknown} */
                            status: "open" | "mitigating" | "occurred" | "closed";
                            taskIds: string[];
                            title: string;
                            trigger: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * @default other
                     * @enum {unknown}
                     */
                    category?: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                    contingency?: string | null;
                    cost?: number | null;
                    /**
                     * @description Working hours each named task takes longer when the risk occurs (likely value).
                     * @default 0
                     */
                    delayHours?: number;
                    delayOptimisticHours?: number | null;
                    delayPessimisticHours?: number | null;
                    description?: string | null;
                    /**
                     * @description Impact on the 5×5 scale (1 negligible … 5 severe).
                     * @default 3
                     */
                    impact?: number;
                    mitigation?: string | null;
                    mitigationDueDate?: string | null;
                    ownerId?: string | null;
                    /** @default 0.5 */
                    probability?: number;
                    proximityDate?: string | null;
                    response?: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                    reviewDate?: string | null;
                    /**
                     * @description Only open and mitigating risks feed the forecast.
                     * @default open
                     * @enum {unknown}
                     */
                    status?: "open" | "mitigating" | "occurred" | "closed";
                    /** @default [] */
                    taskIds?: string[];
                    title: string;
                    trigger?: string | null;
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
                        /** @enum {unknown} */
                        category: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                        closedAt: string | null;
                        contingency: string | null;
                        /** @description The risk's cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        cost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        delayHours: number;
                        delayOptimisticHours: number | null;
                        delayPessimisticHours: number | null;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        impact: number;
                        /** @description From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5. */
                        likelihood: number;
                        mitigation: string | null;
                        mitigationDueDate: string | null;
                        occurredAt: string | null;
                        ownerId: string | null;
                        ownerName: string | null;
                        probability: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        programName: string;
                        proximityDate: string | null;
                        response: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                        reviewDate: string | null;
                        /** @description likelihood × impact. */
                        score: number;
                        /** @enum {unknown} */
                        status: "open" | "mitigating" | "occurred" | "closed";
                        taskIds: string[];
                        title: string;
                        trigger: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            itemNames?: string[];
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
                            /** @description The summary task it sits under (outline order is list order). */
                            parentId?: string | null;
                            percentComplete?: number;
                            /**
                             * @description Done items sit at their actual dates; in-progress ones keep their actual start.
                             * @enum {unknown}
                             */
                            progress?: "not_started" | "in_progress" | "done";
                            /** @description A summary task: its dates roll up from the items below it. */
                            summary?: boolean;
                            /** @description Working minutes of total float. */
                            totalSlackMinutes: number;
                        }[];
                        levelling?: {
                            delays: {
                                /** @description Working minutes on the task's calendar. */
                                delayMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                levelledStart: string;
                                /** @description Who was over capacity, by which tasks, when. */
                                reason: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                resourceId: string;
                                resourceName: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                unlevelledStart: string;
                            }[];
                            /**
                             * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                             * @enum {unknown}
                             */
                            mode: "none" | "within_slack" | "beyond_slack";
                            unresolved: {
                                /** @enum {unknown} */
                                cause: "beyond_slack" | "hard_constraint" | "do_not_level" | "exceeds_capacity";
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                reason: string;
                                resourceIds: string[];
                            }[];
                        };
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description True when the plan changed since computedAt and a background job is recomputing it (large programs only). */
                        stale: boolean;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        start: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        statusDate?: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            itemNames?: string[];
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
                            /** @description The summary task it sits under (outline order is list order). */
                            parentId?: string | null;
                            percentComplete?: number;
                            /**
                             * @description Done items sit at their actual dates; in-progress ones keep their actual start.
                             * @enum {unknown}
                             */
                            progress?: "not_started" | "in_progress" | "done";
                            /** @description A summary task: its dates roll up from the items below it. */
                            summary?: boolean;
                            /** @description Working minutes of total float. */
                            totalSlackMinutes: number;
                        }[];
                        levelling?: {
                            delays: {
                                /** @description Working minutes on the task's calendar. */
                                delayMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                levelledStart: string;
                                /** @description Who was over capacity, by which tasks, when. */
                                reason: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                resourceId: string;
                                resourceName: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                unlevelledStart: string;
                            }[];
                            /**
                             * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                             * @enum {unknown}
                             */
                            mode: "none" | "within_slack" | "beyond_slack";
                            unresolved: {
                                /** @enum {unknown} */
                                cause: "beyond_slack" | "hard_constraint" | "do_not_level" | "exceeds_capacity";
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                reason: string;
                                resourceIds: string[];
                            }[];
                        };
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description True when the plan changed since computedAt and a background job is recomputing it (large programs only). */
                        stale: boolean;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        start: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        statusDate?: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    levelProgramSchedule: {
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
                     * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                     * @enum {unknown}
                     */
                    mode: "none" | "within_slack" | "beyond_slack";
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
                        computedAt: string;
                        diagnostics: {
                            code: string;
                            itemIds: string[];
                            itemNames?: string[];
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
                            /** @description The summary task it sits under (outline order is list order). */
                            parentId?: string | null;
                            percentComplete?: number;
                            /**
                             * @description Done items sit at their actual dates; in-progress ones keep their actual start.
                             * @enum {unknown}
                             */
                            progress?: "not_started" | "in_progress" | "done";
                            /** @description A summary task: its dates roll up from the items below it. */
                            summary?: boolean;
                            /** @description Working minutes of total float. */
                            totalSlackMinutes: number;
                        }[];
                        levelling?: {
                            delays: {
                                /** @description Working minutes on the task's calendar. */
                                delayMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                levelledStart: string;
                                /** @description Who was over capacity, by which tasks, when. */
                                reason: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                resourceId: string;
                                resourceName: string;
                                /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                                unlevelledStart: string;
                            }[];
                            /**
                             * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                             * @enum {unknown}
                             */
                            mode: "none" | "within_slack" | "beyond_slack";
                            unresolved: {
                                /** @enum {unknown} */
                                cause: "beyond_slack" | "hard_constraint" | "do_not_level" | "exceeds_capacity";
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                itemId: string;
                                reason: string;
                                resourceIds: string[];
                            }[];
                        };
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description True when the plan changed since computedAt and a background job is recomputing it (large programs only). */
                        stale: boolean;
                        /** @description Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone). */
                        start: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        statusDate?: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            actualFinish: string | null;
                            actualStart: string | null;
                            /** @description One of the program's calendars; null: the program's own calendar. */
                            calendarId: string | null;
                            constraintDate: string | null;
                            constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                            /** @description Cost per working hour; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            costPerHour: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            description: string;
                            dueDate: string | null;
                            /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                            durationElapsed: boolean;
                            estimateHours: number | null;
                            estimateOptimisticHours: number | null;
                            estimatePessimisticHours: number | null;
                            /** @description A fixed cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            fixedCost: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            milestoneId: string | null;
                            name: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @description The summary task it sits under (same program); null: the top of the outline. */
                            parentTaskId: string | null;
                            /** @description Share of the work done, 0–100; a done task is 100. */
                            percentComplete: number;
                            /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                            position: number | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /** @description Working hours left; when not given, the duration × (1 − percentComplete / 100). */
                            remainingHours: number;
                            remainingHoursSet: boolean;
                            startDate: string | null;
                            /** @enum {unknown} */
                            state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                            teamId: string | null;
                            /** @description The MS Project UID it was imported with; an export writes it back. */
                            uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    actualFinish?: string | null;
                    actualStart?: string | null;
                    /** @description One of the program's calendars; null: the program's own calendar. */
                    calendarId?: string | null;
                    constraintDate?: string | null;
                    constraintType?: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                    costPerHour?: number | null;
                    deadline?: string | null;
                    description?: string;
                    dueDate?: string | null;
                    /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                    durationElapsed?: boolean;
                    estimateHours?: number | null;
                    estimateOptimisticHours?: number | null;
                    estimatePessimisticHours?: number | null;
                    fixedCost?: number | null;
                    milestoneId?: string | null;
                    name: string;
                    ownerId?: string | null;
                    /** @description The summary task it sits under (same program); null: the top of the outline. */
                    parentTaskId?: string | null;
                    /** @description Share of the work done, 0–100; a done task is 100. */
                    percentComplete?: number;
                    /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                    position?: number | null;
                    remainingHours?: number | null;
                    startDate?: string | null;
                    /** @enum {unknown} */
                    state?: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                    teamId?: string | null;
                    /** @description The MS Project UID it was imported with; an export writes it back. */
                    uid?: number | null;
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
                        actualFinish: string | null;
                        actualStart: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                        /** @description Cost per working hour; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        costPerHour: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        description: string;
                        dueDate: string | null;
                        /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                        durationElapsed: boolean;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /** @description A fixed cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        fixedCost: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Share of the work done, 0–100; a done task is 100. */
                        percentComplete: number;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description Working hours left; when not given, the duration × (1 − percentComplete / 100). */
                        remainingHours: number;
                        remainingHoursSet: boolean;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        /** @description The budget in cents of `currency`; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        budgetCents: number | null;
                        /** @description The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays. */
                        calendarId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        doneTaskCount: number;
                        /** @enum {unknown} */
                        health: "green" | "amber" | "red";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        importWarnings: {
                            /** @description Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`… */
                            at: string;
                            /** @description The element or column, e.g. `Duration`, `PredecessorLink`. */
                            field: string;
                            /** @description What was done with it, in a sentence. */
                            message: string;
                        }[];
                        /**
                         * @description Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.
                         * @enum {unknown}
                         */
                        levelling: "none" | "within_slack" | "beyond_slack";
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        rollupAt: string | null;
                        sponsor: string;
                        startDate: string | null;
                        startTime: string | null;
                        /** @enum {unknown} */
                        status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                        statusDate: string | null;
                        summary: string;
                        targetDate: string | null;
                        taskCount: number;
                        /** @description IANA time zone of the program's schedule clock, e.g. America/Los_Angeles. */
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        /**
                         * @description organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).
                         * @enum {unknown}
                         */
                        visibility: "organization" | "members";
                    };
                };
            };
            /** @description A large plan import running in the background; poll it until it finishes. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorBody"] | null;
                        finishedAt: string | null;
                        /**
                         * @description mspdi (MS Project XML), yaml (the Waymark plan file) or csv
                         * @enum {unknown}
                         */
                        format: "mspdi" | "yaml" | "csv";
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        programId: string | null;
                        programName: string;
                        progress: {
                            /** @description Rows read, or items written, so far. */
                            done: number;
                            /** @enum {unknown} */
                            phase: "queued" | "reading" | "writing" | "finished";
                            /** @description Rows to read, or items to write. */
                            total: number;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        requestedById: string | null;
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        warnings: {
                            /** @description Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`… */
                            at: string;
                            /** @description The element or column, e.g. `Duration`, `PredecessorLink`. */
                            field: string;
                            /** @description What was done with it, in a sentence. */
                            message: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRequestTemplate: {
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
                        calendar: {
                            timeZone: string;
                            workingDays: number[];
                            workingHoursEnd: number;
                            /** @description Minutes after local midnight. */
                            workingHoursStart: number;
                        };
                        calendarTeamId: string | null;
                        fields: {
                            help: string;
                            /** @enum {unknown} */
                            key: "title" | "problem" | "desiredOutcome" | "teams" | "businessValue" | "deadline" | "sizeGuess" | "links";
                            label: string;
                        }[];
                        firstResponseHours: number;
                        gitlabHandle: string;
                        gitlabLabel: string;
                        intro: string;
                        triageHours: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateRequestTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    calendarTeamId?: string | null;
                    fields?: {
                        help: string;
                        /** @enum {unknown} */
                        key: "title" | "problem" | "desiredOutcome" | "teams" | "businessValue" | "deadline" | "sizeGuess" | "links";
                        label: string;
                    }[];
                    firstResponseHours?: number;
                    gitlabHandle?: string;
                    gitlabLabel?: string;
                    intro?: string;
                    triageHours?: number;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version: number;
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
                        calendar: {
                            timeZone: string;
                            workingDays: number[];
                            workingHoursEnd: number;
                            /** @description Minutes after local midnight. */
                            workingHoursStart: number;
                        };
                        calendarTeamId: string | null;
                        fields: {
                            help: string;
                            /** @enum {unknown} */
                            key: "title" | "problem" | "desiredOutcome" | "teams" | "businessValue" | "deadline" | "sizeGuess" | "links";
                            label: string;
                        }[];
                        firstResponseHours: number;
                        gitlabHandle: string;
                        gitlabLabel: string;
                        intro: string;
                        triageHours: number;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description queue: every open request (TPMs); mine: those I submitted; assigned: assigned to me. Default: queue for TPMs, mine otherwise. */
                scope?: "queue" | "mine" | "assigned";
                /** @description open (default) = new or acknowledged. */
                state?: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate" | "open" | "all";
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
                            assigneeId: string | null;
                            assigneeName: string | null;
                            businessValue: string;
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            deferredUntil: string | null;
                            desiredOutcome: string;
                            duplicateOfId: string | null;
                            firstResponse: {
                                breached: boolean;
                                dueAt: string | null;
                                /** @enum {unknown} */
                                state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                                targetHours: number;
                                /** @description Negative = working minutes overdue. */
                                workingMinutesLeft: number;
                            };
                            firstResponseAt: string | null;
                            gitlabIssueState: string | null;
                            gitlabIssueUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            links: string[];
                            number: number;
                            problem: string;
                            /** @description The program it was accepted into; null if none, or one you may not see. */
                            programId: string | null;
                            requesterId: string | null;
                            requesterName: string;
                            /** @enum {unknown} */
                            sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                            /** @enum {unknown} */
                            source: "web" | "api" | "cli" | "slack" | "gitlab";
                            /** @enum {unknown} */
                            state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                            stateReason: string | null;
                            tags: string[];
                            teams: string[];
                            title: string;
                            triage: {
                                breached: boolean;
                                dueAt: string | null;
                                /** @enum {unknown} */
                                state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                                targetHours: number;
                                /** @description Negative = working minutes overdue. */
                                workingMinutesLeft: number;
                            };
                            triagedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    submitRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    businessValue?: string;
                    deadline?: string | null;
                    desiredOutcome?: string;
                    links?: string[];
                    problem?: string;
                    /** @enum {unknown} */
                    sizeGuess?: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                    /**
                     * @description How it was submitted; default api.
                     * @enum {unknown}
                     */
                    source?: "web" | "api" | "cli";
                    tags?: string[];
                    teams?: string[];
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
                        assigneeId: string | null;
                        assigneeName: string | null;
                        businessValue: string;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        deferredUntil: string | null;
                        desiredOutcome: string;
                        duplicateOfId: string | null;
                        firstResponse: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        firstResponseAt: string | null;
                        gitlabIssueState: string | null;
                        gitlabIssueUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        links: string[];
                        number: number;
                        problem: string;
                        /** @description The program it was accepted into; null if none, or one you may not see. */
                        programId: string | null;
                        requesterId: string | null;
                        requesterName: string;
                        /** @enum {unknown} */
                        sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                        /** @enum {unknown} */
                        source: "web" | "api" | "cli" | "slack" | "gitlab";
                        /** @enum {unknown} */
                        state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                        stateReason: string | null;
                        tags: string[];
                        teams: string[];
                        title: string;
                        triage: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        triagedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRequest: {
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
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            fromState: string | null;
                            kind: string;
                            note: string;
                            toState: string | null;
                        }[];
                        request: {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            businessValue: string;
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            deferredUntil: string | null;
                            desiredOutcome: string;
                            duplicateOfId: string | null;
                            firstResponse: {
                                breached: boolean;
                                dueAt: string | null;
                                /** @enum {unknown} */
                                state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                                targetHours: number;
                                /** @description Negative = working minutes overdue. */
                                workingMinutesLeft: number;
                            };
                            firstResponseAt: string | null;
                            gitlabIssueState: string | null;
                            gitlabIssueUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            links: string[];
                            number: number;
                            problem: string;
                            /** @description The program it was accepted into; null if none, or one you may not see. */
                            programId: string | null;
                            requesterId: string | null;
                            requesterName: string;
                            /** @enum {unknown} */
                            sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                            /** @enum {unknown} */
                            source: "web" | "api" | "cli" | "slack" | "gitlab";
                            /** @enum {unknown} */
                            state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                            stateReason: string | null;
                            tags: string[];
                            teams: string[];
                            title: string;
                            triage: {
                                breached: boolean;
                                dueAt: string | null;
                                /** @enum {unknown} */
                                state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                                targetHours: number;
                                /** @description Negative = working minutes overdue. */
                                workingMinutesLeft: number;
                            };
                            triagedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Row version for optimistic concurrency; send the version you read. */
                            version: number;
                            waitingOnRequester: boolean;
                        };
                        routing: {
                            candidates: {
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                personId: string;
                                reasons: {
                                    detail: string;
                                    /** @enum {unknown} */
                                    factor: "fit" | "bandwidth" | "time_zone" | "queue";
                                    score: number;
                                }[];
                                score: number;
                            }[];
                            chosenAt: string | null;
                            chosenRank: number | null;
                            chosenUserId: string | null;
                            /** Format: date-time */
                            computedAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            requestId: string;
                        } | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateRequest: {
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
                    businessValue?: string;
                    deadline?: string | null;
                    desiredOutcome?: string;
                    links?: string[];
                    problem?: string;
                    /** @enum {unknown} */
                    sizeGuess?: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                    tags?: string[];
                    teams?: string[];
                    title?: string;
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
                        assigneeId: string | null;
                        assigneeName: string | null;
                        businessValue: string;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        deferredUntil: string | null;
                        desiredOutcome: string;
                        duplicateOfId: string | null;
                        firstResponse: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        firstResponseAt: string | null;
                        gitlabIssueState: string | null;
                        gitlabIssueUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        links: string[];
                        number: number;
                        problem: string;
                        /** @description The program it was accepted into; null if none, or one you may not see. */
                        programId: string | null;
                        requesterId: string | null;
                        requesterName: string;
                        /** @enum {unknown} */
                        sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                        /** @enum {unknown} */
                        source: "web" | "api" | "cli" | "slack" | "gitlab";
                        /** @enum {unknown} */
                        state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                        stateReason: string | null;
                        tags: string[];
                        teams: string[];
                        title: string;
                        triage: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        triagedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assignRequest: {
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
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    assigneeId: string;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    suggestionId?: string;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version: number;
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
                        assigneeId: string | null;
                        assigneeName: string | null;
                        businessValue: string;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        deferredUntil: string | null;
                        desiredOutcome: string;
                        duplicateOfId: string | null;
                        firstResponse: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        firstResponseAt: string | null;
                        gitlabIssueState: string | null;
                        gitlabIssueUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        links: string[];
                        number: number;
                        problem: string;
                        /** @description The program it was accepted into; null if none, or one you may not see. */
                        programId: string | null;
                        requesterId: string | null;
                        requesterName: string;
                        /** @enum {unknown} */
                        sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                        /** @enum {unknown} */
                        source: "web" | "api" | "cli" | "slack" | "gitlab";
                        /** @enum {unknown} */
                        state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                        stateReason: string | null;
                        tags: string[];
                        teams: string[];
                        title: string;
                        triage: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        triagedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    suggestRouting: {
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
                        candidates: {
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            reasons: {
                                detail: string;
                                /** @enum {unknown} */
                                factor: "fit" | "bandwidth" | "time_zone" | "queue";
                                score: number;
                            }[];
                            score: number;
                        }[];
                        chosenAt: string | null;
                        chosenRank: number | null;
                        chosenUserId: string | null;
                        /** Format: date-time */
                        computedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        requestId: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLatestRouting: {
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
                        candidates: {
                            name: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            personId: string;
                            reasons: {
                                detail: string;
                                /** @enum {unknown} */
                                factor: "fit" | "bandwidth" | "time_zone" | "queue";
                                score: number;
                            }[];
                            score: number;
                        }[];
                        chosenAt: string | null;
                        chosenRank: number | null;
                        chosenUserId: string | null;
                        /** Format: date-time */
                        computedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        requestId: string;
                    } | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    triageRequest: {
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
                    /** @enum {unknown} */
                    action: "acknowledge" | "accept" | "decline" | "defer" | "duplicate" | "reopen";
                    /** @description accept: start a new program named after the request. */
                    createProgram?: boolean;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    deferredUntil?: string;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    duplicateOfId?: string;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    programId?: string;
                    /** @description Required to decline or defer. */
                    reason?: string;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version: number;
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
                        assigneeId: string | null;
                        assigneeName: string | null;
                        businessValue: string;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        deferredUntil: string | null;
                        desiredOutcome: string;
                        duplicateOfId: string | null;
                        firstResponse: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        firstResponseAt: string | null;
                        gitlabIssueState: string | null;
                        gitlabIssueUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        links: string[];
                        number: number;
                        problem: string;
                        /** @description The program it was accepted into; null if none, or one you may not see. */
                        programId: string | null;
                        requesterId: string | null;
                        requesterName: string;
                        /** @enum {unknown} */
                        sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                        /** @enum {unknown} */
                        source: "web" | "api" | "cli" | "slack" | "gitlab";
                        /** @enum {unknown} */
                        state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                        stateReason: string | null;
                        tags: string[];
                        teams: string[];
                        title: string;
                        triage: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        triagedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setRequestWaiting: {
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
                    note?: string;
                    /** @description Row version for optimistic concurrency; send the version you read. */
                    version: number;
                    /** @description true: the team waits on the requester (SLA clocks pause); false: resume. */
                    waiting: boolean;
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
                        assigneeId: string | null;
                        assigneeName: string | null;
                        businessValue: string;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        deferredUntil: string | null;
                        desiredOutcome: string;
                        duplicateOfId: string | null;
                        firstResponse: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        firstResponseAt: string | null;
                        gitlabIssueState: string | null;
                        gitlabIssueUrl: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        links: string[];
                        number: number;
                        problem: string;
                        /** @description The program it was accepted into; null if none, or one you may not see. */
                        programId: string | null;
                        requesterId: string | null;
                        requesterName: string;
                        /** @enum {unknown} */
                        sizeGuess: "unknown" | "xs" | "s" | "m" | "l" | "xl";
                        /** @enum {unknown} */
                        source: "web" | "api" | "cli" | "slack" | "gitlab";
                        /** @enum {unknown} */
                        state: "new" | "acknowledged" | "accepted" | "declined" | "deferred" | "duplicate";
                        stateReason: string | null;
                        tags: string[];
                        teams: string[];
                        title: string;
                        triage: {
                            breached: boolean;
                            dueAt: string | null;
                            /** @enum {unknown} */
                            state: "on_track" | "due_soon" | "paused" | "breached" | "met" | "met_late";
                            targetHours: number;
                            /** @description Negative = working minutes overdue. */
                            workingMinutesLeft: number;
                        };
                        triagedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Row version for optimistic concurrency; send the version you read. */
                        version: number;
                        waitingOnRequester: boolean;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRisks: {
        parameters: {
            query?: {
                category?: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                /** @description Identifier (UUID). */
                ownerId?: string;
                /** @description Identifier (UUID). */
                programId?: string;
                /** @description One status or several, comma-separated: open,mitigating. */
                status?: string;
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
                            /** @enum {unknown} */
                            category: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                            closedAt: string | null;
                            contingency: string | null;
                            /** @description The risk's cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                            cost: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            delayHours: number;
                            delayOptimisticHours: number | null;
                            delayPessimisticHours: number | null;
                            description: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            impact: number;
                            /** @description From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5. */
                            likelihood: number;
                            mitigation: string | null;
                            mitigationDueDate: string | null;
                            occurredAt: string | null;
                            ownerId: string | null;
                            ownerName: string | null;
                            probability: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            programName: string;
                            proximityDate: string | null;
                            response: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                            reviewDate: string | null;
                            /** @description likelihood × impact. */
                            score: number;
                            /** @enum {unknown} */
                            status: "open" | "mitigating" | "occurred" | "closed";
                            taskIds: string[];
                            title: string;
                            trigger: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramRisk: {
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
                        category: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                        closedAt: string | null;
                        contingency: string | null;
                        /** @description The risk's cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        cost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        delayHours: number;
                        delayOptimisticHours: number | null;
                        delayPessimisticHours: number | null;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        impact: number;
                        /** @description From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5. */
                        likelihood: number;
                        mitigation: string | null;
                        mitigationDueDate: string | null;
                        occurredAt: string | null;
                        ownerId: string | null;
                        ownerName: string | null;
                        probability: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        programName: string;
                        proximityDate: string | null;
                        response: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                        reviewDate: string | null;
                        /** @description likelihood × impact. */
                        score: number;
                        /** @enum {unknown} */
                        status: "open" | "mitigating" | "occurred" | "closed";
                        taskIds: string[];
                        title: string;
                        trigger: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProgramRisk: {
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
                    /** @enum {unknown} */
                    category?: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                    contingency?: string | null;
                    cost?: number | null;
                    delayHours?: number;
                    delayOptimisticHours?: number | null;
                    delayPessimisticHours?: number | null;
                    description?: string | null;
                    impact?: number;
                    mitigation?: string | null;
                    mitigationDueDate?: string | null;
                    ownerId?: string | null;
                    probability?: number;
                    proximityDate?: string | null;
                    response?: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                    reviewDate?: string | null;
                    /** @enum {unknown} */
                    status?: "open" | "mitigating" | "occurred" | "closed";
                    taskIds?: string[];
                    title?: string;
                    trigger?: string | null;
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
                        /** @enum {unknown} */
                        category: "schedule" | "technical" | "resource" | "vendor" | "scope" | "budget" | "compliance" | "other";
                        closedAt: string | null;
                        contingency: string | null;
                        /** @description The risk's cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        cost: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        delayHours: number;
                        delayOptimisticHours: number | null;
                        delayPessimisticHours: number | null;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        impact: number;
                        /** @description From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5. */
                        likelihood: number;
                        mitigation: string | null;
                        mitigationDueDate: string | null;
                        occurredAt: string | null;
                        ownerId: string | null;
                        ownerName: string | null;
                        probability: number;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        programName: string;
                        proximityDate: string | null;
                        response: ("avoid" | "mitigate" | "transfer" | "accept") | null;
                        reviewDate: string | null;
                        /** @description likelihood × impact. */
                        score: number;
                        /** @enum {unknown} */
                        status: "open" | "mitigating" | "occurred" | "closed";
                        taskIds: string[];
                        title: string;
                        trigger: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTaskAssignment: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTaskAssignment: {
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
                    /** @description Save even though it over-allocates the person (otherwise 409 over_allocation with the weeks and programs); the audit row keeps the warning. */
                    confirmOverAllocation?: boolean;
                    /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                    units: number;
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
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        taskId: string;
                        /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                        units: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        userId: string;
                        userName: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        actualFinish: string | null;
                        actualStart: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                        /** @description Cost per working hour; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        costPerHour: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        description: string;
                        dueDate: string | null;
                        /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                        durationElapsed: boolean;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /** @description A fixed cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        fixedCost: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Share of the work done, 0–100; a done task is 100. */
                        percentComplete: number;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description Working hours left; when not given, the duration × (1 − percentComplete / 100). */
                        remainingHours: number;
                        remainingHoursSet: boolean;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    actualFinish?: string | null;
                    actualStart?: string | null;
                    /** @description One of the program's calendars; null: the program's own calendar. */
                    calendarId?: string | null;
                    constraintDate?: string | null;
                    constraintType?: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                    costPerHour?: number | null;
                    deadline?: string | null;
                    description?: string;
                    dueDate?: string | null;
                    /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                    durationElapsed?: boolean;
                    estimateHours?: number | null;
                    estimateOptimisticHours?: number | null;
                    estimatePessimisticHours?: number | null;
                    fixedCost?: number | null;
                    milestoneId?: string | null;
                    name?: string;
                    ownerId?: string | null;
                    /** @description The summary task it sits under (same program); null: the top of the outline. */
                    parentTaskId?: string | null;
                    /** @description Share of the work done, 0–100; a done task is 100. */
                    percentComplete?: number;
                    /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                    position?: number | null;
                    remainingHours?: number | null;
                    startDate?: string | null;
                    /** @enum {unknown} */
                    state?: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                    teamId?: string | null;
                    /** @description The MS Project UID it was imported with; an export writes it back. */
                    uid?: number | null;
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
                        actualFinish: string | null;
                        actualStart: string | null;
                        /** @description One of the program's calendars; null: the program's own calendar. */
                        calendarId: string | null;
                        constraintDate: string | null;
                        constraintType: ("SNET" | "SNLT" | "FNET" | "FNLT" | "MSO" | "MFO" | "ALAP") | null;
                        /** @description Cost per working hour; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        costPerHour: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        deadline: string | null;
                        description: string;
                        dueDate: string | null;
                        /** @description The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time. */
                        durationElapsed: boolean;
                        estimateHours: number | null;
                        estimateOptimisticHours: number | null;
                        estimatePessimisticHours: number | null;
                        /** @description A fixed cost; null when not set, or hidden from you (budgets and costs are shown to the program’s members, TPM managers and admins). */
                        fixedCost: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        milestoneId: string | null;
                        name: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        /** @description The summary task it sits under (same program); null: the top of the outline. */
                        parentTaskId: string | null;
                        /** @description Share of the work done, 0–100; a done task is 100. */
                        percentComplete: number;
                        /** @description Its place in the outline (a plan file’s order); null: after the placed ones. */
                        position: number | null;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /** @description Working hours left; when not given, the duration × (1 − percentComplete / 100). */
                        remainingHours: number;
                        remainingHoursSet: boolean;
                        startDate: string | null;
                        /** @enum {unknown} */
                        state: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
                        teamId: string | null;
                        /** @description The MS Project UID it was imported with; an export writes it back. */
                        uid: number | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTaskAssignments: {
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
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            programId: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            taskId: string;
                            /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                            units: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            userId: string;
                            userName: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTaskAssignment: {
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
                    /** @description Save even though it over-allocates the person (otherwise 409 over_allocation with the weeks and programs); the audit row keeps the warning. */
                    confirmOverAllocation?: boolean;
                    /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                    units?: number;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    userId: string;
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
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        programId: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        taskId: string;
                        /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                        units: number;
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        userId: string;
                        userName: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    checkTaskAssignment: {
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
                    /** @description Save even though it over-allocates the person (otherwise 409 over_allocation with the weeks and programs); the audit row keeps the warning. */
                    confirmOverAllocation?: boolean;
                    /** @description Share of the person’s working time on this task: 1 = all of it, 0.5 = half. */
                    units?: number;
                    /**
                     * Format: uuid
                     * @description Identifier (UUID).
                     */
                    userId: string;
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
                        overAllocated: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        weeks: {
                            capacityHours: number;
                            loadHours: number;
                            loadPercent: number | null;
                            programs: {
                                allocatedHours: number;
                                assignedHours: number;
                                /** @description What the program loads the week with: the larger of its allocation and its task assignments. */
                                loadHours: number;
                                /** @description null for run work, and for programs you may not see (all in one row). */
                                programId: string | null;
                                /** @description The program, "Run work", or "Members-only program" for those you may not see. */
                                programName: string;
                            }[];
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD.
                             */
                            weekStart: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            workingHours: {
                                /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                                days: number[];
                                /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                                end: string;
                                /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                                start: string;
                                /** @description IANA time zone, e.g. America/Los_Angeles. */
                                timeZone: string;
                            };
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    workingHours?: {
                        /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                        days: number[];
                        /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                        end: string;
                        /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                        start: string;
                        /** @description IANA time zone, e.g. America/Los_Angeles. */
                        timeZone: string;
                    };
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
                        workingHours: {
                            /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                            days: number[];
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            end: string;
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            start: string;
                            /** @description IANA time zone, e.g. America/Los_Angeles. */
                            timeZone: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        workingHours: {
                            /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                            days: number[];
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            end: string;
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            start: string;
                            /** @description IANA time zone, e.g. America/Los_Angeles. */
                            timeZone: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    workingHours?: {
                        /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                        days: number[];
                        /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                        end: string;
                        /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                        start: string;
                        /** @description IANA time zone, e.g. America/Los_Angeles. */
                        timeZone: string;
                    };
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
                        workingHours: {
                            /** @description ISO weekdays worked: 1 = Monday … 7 = Sunday. */
                            days: number[];
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            end: string;
                            /** @description Local wall-clock time, HH:MM (24:00 = end of day). */
                            start: string;
                            /** @description IANA time zone, e.g. America/Los_Angeles. */
                            timeZone: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTimeOff: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTimeOff: {
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
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    from?: string;
                    /** @enum {unknown} */
                    kind?: "vacation" | "sick" | "training" | "parental" | "other";
                    note?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD.
                     */
                    to?: string;
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
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        from: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        /**
                         * @description The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).
                         * @enum {unknown}
                         */
                        kind: "vacation" | "sick" | "training" | "parental" | "other" | "away";
                        /** @description Empty when the kind is shown as "away". */
                        note: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        personId: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD.
                         */
                        to: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /** Format: date-time */
                            expiresAt: string;
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
                            /**
                             * @description A read token may only GET; any other method answers 403.
                             * @enum {unknown}
                             */
                            scope: "read" | "write";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                    /**
                     * Format: date-time
                     * @description When the token stops working: in the future, at most 365 days ahead (default 90 days).
                     */
                    expiresAt?: string;
                    name: string;
                    /**
                     * @default write
                     * @enum {unknown}
                     */
                    scope?: "read" | "write";
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
                            /** Format: date-time */
                            expiresAt: string;
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
                            /**
                             * @description A read token may only GET; any other method answers 403.
                             * @enum {unknown}
                             */
                            scope: "read" | "write";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        /** Format: date-time */
                        expiresAt: string;
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
                        /**
                         * @description A read token may only GET; any other method answers 403.
                         * @enum {unknown}
                         */
                        scope: "read" | "write";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                            /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
                        /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateUser: {
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
                    /** @description false deactivates: sessions and tokens stop at once. */
                    active?: boolean;
                    name?: string;
                    /** @enum {unknown} */
                    role?: "admin" | "tpm_manager" | "tpm" | "stakeholder";
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
                        /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier (UUID).
                         */
                        id: string;
                        lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPasswordResetLink: {
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
                        /**
                         * @description `queued`: Waymark will e-mail the link to the person (in the background, with retries). `not_configured`: no e-mail is set up; give them the link yourself.
                         * @enum {unknown}
                         */
                        email: "queued" | "not_configured";
                        /** Format: date-time */
                        expiresAt: string;
                        /** @enum {unknown} */
                        purpose: "invitation" | "password_reset";
                        /** @description Give this to the person. The secret is after the #, so it never reaches server logs; shown only here. */
                        url: string;
                        user: {
                            /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUserSessions: {
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
                            /** @description The session this request came with. */
                            current: boolean;
                            /** Format: date-time */
                            expiresAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            userAgent: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
                /** @description Identifier (UUID). */
                sessionId: string;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUserTokens: {
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
                            /** Format: date-time */
                            expiresAt: string;
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
                            /**
                             * @description A read token may only GET; any other method answers 403.
                             * @enum {unknown}
                             */
                            scope: "read" | "write";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeUserToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier (UUID). */
                id: string;
                /** @description Identifier (UUID). */
                tokenId: string;
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
                        /** Format: date-time */
                        expiresAt: string;
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
                        /**
                         * @description A read token may only GET; any other method answers 403.
                         * @enum {unknown}
                         */
                        scope: "read" | "write";
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    inviteUser: {
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
                        /**
                         * @description `queued`: Waymark will e-mail the link to the person (in the background, with retries). `not_configured`: no e-mail is set up; give them the link yourself.
                         * @enum {unknown}
                         */
                        email: "queued" | "not_configured";
                        /** Format: date-time */
                        expiresAt: string;
                        /** @enum {unknown} */
                        purpose: "invitation" | "password_reset";
                        /** @description Give this to the person. The secret is after the #, so it never reaches server logs; shown only here. */
                        url: string;
                        user: {
                            /** @description False for a deactivated account, or an invited one that has not set a password yet. */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            lastSignInAt: string | null;
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            503: {
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
