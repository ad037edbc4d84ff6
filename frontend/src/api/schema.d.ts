// Generated from /schema/openapi.json by `npm run api-types`. Do not edit by hand.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets an HttpOnly session cookie and a readable csrftoken cookie */
        post: operations["ApiV1AuthLoginLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the browser session (needs x-csrftoken) */
        post: operations["ApiV1AuthLogoutLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and their events and roles */
        get: operations["ApiV1AuthMeMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (signed in; the current one is needed) */
        post: operations["ApiV1AuthPasswordChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never the tokens themselves) */
        get: operations["ApiV1AuthTokensListTokens"];
        put?: never;
        /** A new API token, shown once in the answer */
        post: operations["ApiV1AuthTokensCreateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["ApiV1AuthTokensTokenIdRevokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events you may see */
        get: operations["ApiV1EventsListEvents"];
        put?: never;
        /** Create an event (a draft, with in-person and online tracks by default) */
        post: operations["ApiV1EventsCreateEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an event */
        get: operations["ApiV1EventsGetEvent"];
        put?: never;
        post?: never;
        /** Delete an event and everything in it */
        delete: operations["ApiV1EventsDeleteEvent"];
        options?: never;
        head?: never;
        /** Change an event's fields */
        patch: operations["ApiV1EventsUpdateEvent"];
        trace?: never;
    };
    "/api/v1/events/{event}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agenda in a viewer's zone, grouped by the viewer's local days
         * @description Each session is listed on the local day it starts and says whether it crosses the viewer's midnight. With `track`, only that track's sessions and segments; without, every segment, each naming its tracks.
         */
        get: operations["ApiV1EventsAgendaAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The zones the event serves, and who bears its nights (organisers) */
        get: operations["ApiV1EventsAudienceAudience"];
        /** Declare the zones the event serves, with weights (organisers) */
        put: operations["ApiV1EventsAudienceDeclare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overlaps, gaps and double bookings (organisers)
         * @description Paged, in time order; `total` and `summary` count every conflict. Overlapping bookings of one room or person come as one run: `count` sessions, the first 50 listed in `sessions`.
         */
        get: operations["ApiV1EventsConflictsConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a frab schedule (JSON or XML, e.g. from pretalx) into the event
         * @description Creates a session for every talk whose GUID the event has not seen and updates the ones it has (by the GUID an import stored, or a session id for our own exports); importing the same file again changes nothing. Talks that cannot be imported (outside the event's dates, unreadable fields) are refused one by one and listed in `refused` with the place in the file; the others are imported, all in one transaction. Sessions missing from the file are left alone.
         */
        post: operations["ApiV1EventsImportImportSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live changes to the event (server-sent events)
         * @description `plan.changed` (with the new version) whenever the plan changes. Each message has an id; reconnect with Last-Event-ID to get what you missed from a bounded history. A heartbeat comment every 15 s keeps proxies from cutting the stream.
         */
        get: operations["ApiV1EventsLiveEventLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/live/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How late each track runs now (tracks on time are absent) */
        get: operations["ApiV1EventsLiveStateLiveState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/organisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who organises and facilitates the event */
        get: operations["ApiV1EventsOrganisersListMembers"];
        put?: never;
        /** Invite a co-organiser by email (full control of the event) */
        post: operations["ApiV1EventsOrganisersAddOrganiser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/organisers/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a co-organiser (not the owner) */
        delete: operations["ApiV1EventsOrganisersEmailRemoveOrganiser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the event's invites are pending, sent and failed (organisers) */
        get: operations["ApiV1EventsOutboxOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/outbox/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry the event's failed deliveries now (organisers) */
        post: operations["ApiV1EventsOutboxRetryRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish: attendees can see it */
        post: operations["ApiV1EventsPublishPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's registrations (organisers only) */
        get: operations["ApiV1EventsRegistrationsListRegistrations"];
        put?: never;
        /** Register for a published event (open to anyone): the answer holds your personal feed_url and your manage_url (keep both secret) */
        post: operations["ApiV1EventsRegistrationsRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/registrations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's registrations as CSV (organisers only) */
        get: operations["ApiV1EventsRegistrationsCsvExportRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's sessions, in time order */
        get: operations["ApiV1EventsSessionsListSessions"];
        put?: never;
        /** Create a session (wall-clock times in the event's zone) */
        post: operations["ApiV1EventsSessionsCreateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a session with its segment plan */
        get: operations["ApiV1EventsSessionsGetSession"];
        put?: never;
        post?: never;
        /** Delete a session */
        delete: operations["ApiV1EventsSessionsDeleteSession"];
        options?: never;
        head?: never;
        /** Change a session: `start` alone moves it (length kept), `end` alone resizes it */
        patch: operations["ApiV1EventsSessionsUpdateSession"];
        trace?: never;
    };
    "/api/v1/events/{event}/sessions/{session}/delay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push the rest of a session's plan back by N minutes (a real change)
         * @description Segments under way run longer, later ones move, the session ends later: its SEQUENCE grows and calendars and invites follow. Organisers only.
         */
        post: operations["ApiV1EventsSessionsDelayDelaySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/sessions/{session}/fairness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a session's time falls for each audience zone (organisers) */
        get: operations["ApiV1EventsSessionsFairnessFairness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/sessions/{session}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the session's whole segment plan, atomically
         * @description Segments lie inside the session and do not overlap within a track; a segment without tracks is for every track of the session. Send the session's ETag in If-Match. A plan change gives the session a new ETag but not a new sequence.
         */
        put: operations["ApiV1EventsSessionsSegmentsReplaceSegments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every start on a day, ranked by the audience's fairness score (organisers)
         * @description With `room`, starts that would double-book the room are left out; with `session`, so are those that would double-book its people (at segment precision) or book them outside their availability. Starts that break the session's clash rules (`avoid_overlap_with`, either way round) are kept and list the `clash`. With `conflicting=true` nothing is left out: each start lists every conflict it would cause.
         */
        get: operations["ApiV1EventsSlotsSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's tracks */
        get: operations["ApiV1EventsTracksListTracks"];
        put?: never;
        /** Add a track */
        post: operations["ApiV1EventsTracksCreateTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a track */
        get: operations["ApiV1EventsTracksGetTrack"];
        put?: never;
        post?: never;
        /** Remove a track no session uses */
        delete: operations["ApiV1EventsTracksDeleteTrack"];
        options?: never;
        head?: never;
        /** Change a track */
        patch: operations["ApiV1EventsTracksUpdateTrack"];
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/facilitators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track's facilitators */
        get: operations["ApiV1EventsTracksFacilitatorsListFacilitators"];
        put?: never;
        /** Assign a facilitator to the track by email (reads the event, even as a draft, and the facilitator notes of the track's segments) */
        post: operations["ApiV1EventsTracksFacilitatorsAddFacilitator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/facilitators/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassign a facilitator from the track */
        delete: operations["ApiV1EventsTracksFacilitatorsEmailRemoveFacilitator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live changes that concern one track (server-sent events) */
        get: operations["ApiV1EventsTracksLiveTrackLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/live/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What runs in the track ends now (lateness measured against its planned end) */
        post: operations["ApiV1EventsTracksLiveEndEndSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/live/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare the track running N minutes late (0: on time again)
         * @description For the track's facilitators and the event's organisers. An overlay: the published plan is unchanged; now/next and the live streams show it.
         */
        post: operations["ApiV1EventsTracksLiveLateDeclareLate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/live/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The next segment of the track starts now (lateness measured against its plan) */
        post: operations["ApiV1EventsTracksLiveStartStartSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/tracks/{track}/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What runs now and what is next in a track */
        get: operations["ApiV1EventsTracksNowNowNext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back to draft: only organisers see it */
        post: operations["ApiV1EventsUnpublishUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your registration (the manage link) */
        get: operations["ApiV1RegistrationsTokenGetRegistration"];
        put?: never;
        post?: never;
        /** Leave: deletes the registration (and its feed) */
        delete: operations["ApiV1RegistrationsTokenDeleteRegistration"];
        options?: never;
        head?: never;
        /** Change your track, zone, name or sessions */
        patch: operations["ApiV1RegistrationsTokenUpdateRegistration"];
        trace?: never;
    };
    "/api/v1/registrations/{token}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new personal feed URL (the old one stops working) */
        post: operations["ApiV1RegistrationsTokenFeedRotateFeed"];
        /** Revoke the personal feed (until a new one is made) */
        delete: operations["ApiV1RegistrationsTokenFeedRevokeFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{token}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The join links of your sessions, your private ones included (from their hour) */
        get: operations["ApiV1RegistrationsTokenJoinJoinLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every zone with its countries and abbreviations (for searching zones) */
        get: operations["ApiV1ZonesZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published event as one subscribable calendar */
        get: operations["CalendarIcsAllEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event}/schedule.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** frab/c3voc schedule (JSON) */
        get: operations["EventsScheduleJsonScheduleJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event}/schedule.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** frab/c3voc schedule (XML) */
        get: operations["EventsScheduleXmlScheduleXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event}/sessions/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session's invite (`{session}.ics`): METHOD:PUBLISH, or CANCEL once cancelled */
        get: operations["EventsSessionsNameSessionInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event}/tracks/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One track's feed (`{track}.ics`) */
        get: operations["EventsTracksNameTrackCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole published event as a calendar (`{event}.ics`) */
        get: operations["EventsNameEventCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal feed (`{token}.ics`): your sessions, your track's plan, times in your zone */
        get: operations["FeedsNamePersonalFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: can the app reach its database (and Redis, when configured)? */
        get: operations["HealthHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no I/O) */
        get: operations["HealthLiveAlive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: can the app reach its database (and Redis, when configured)? */
        get: operations["HealthReadyHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountOut */
        AccountOut: {
            email: string;
            name?: string | null;
        };
        /** AgendaDayOut */
        AgendaDayOut: {
            /** Format: date */
            date: string;
            sessions: components["schemas"]["AgendaSessionOut"][];
        };
        /** AgendaOut */
        AgendaOut: {
            days: components["schemas"]["AgendaDayOut"][];
            event: string;
            event_timezone: string;
            timezone: string;
            title: string;
            track: string | null;
            version: number;
        };
        /** AgendaSegmentOut */
        AgendaSegmentOut: {
            /** @default false */
            captions: boolean;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            interpretation?: string[];
            /** @default false */
            join_private: boolean;
            join_url?: string | null;
            kind: components["schemas"]["SegmentKind"];
            languages?: string[];
            sign_language?: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            title: string;
            tracks: string[];
        };
        /** AgendaSessionOut */
        AgendaSessionOut: {
            /** @default false */
            captions: boolean;
            crosses_midnight: boolean;
            description: string | null;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            /** Format: uuid */
            id: string;
            interpretation?: string[];
            /** @default false */
            join_private: boolean;
            join_url?: string | null;
            languages?: string[];
            materials?: components["schemas"]["MaterialOut"][];
            people: components["schemas"]["PersonOut"][];
            room: string | null;
            segments: components["schemas"]["AgendaSegmentOut"][];
            sequence: number;
            sign_language?: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            status: components["schemas"]["SessionStatus"];
            title: string;
            tracks: string[];
        };
        /** AudienceIn */
        AudienceIn: {
            zones: components["schemas"]["AudienceZoneIn"][];
        };
        /** AudienceOut */
        AudienceOut: {
            declared: components["schemas"]["AudienceZoneOut"][];
            nights: components["schemas"]["NightLoadOut"][];
            registered: components["schemas"]["RegisteredZoneOut"][];
            zones: components["schemas"]["AudienceZoneOut"][];
        };
        /** AudienceZoneIn */
        AudienceZoneIn: {
            timezone: string;
            /** @default 1 */
            weight: number;
        };
        /** AudienceZoneOut */
        AudienceZoneOut: {
            timezone: string;
            weight: number;
        };
        /**
         * ConflictKind
         * @enum {string}
         */
        ConflictKind: "room_double_booking" | "person_double_booking" | "gap" | "clash" | "unavailable";
        /** ConflictOut */
        ConflictOut: {
            count: number;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            kind: components["schemas"]["ConflictKind"];
            message: string;
            person?: string | null;
            room?: string | null;
            segments?: components["schemas"]["ConflictSegmentOut"][];
            sessions: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            span_end: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            span_start: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            track?: string | null;
        };
        /** ConflictSegmentOut */
        ConflictSegmentOut: {
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            /** Format: uuid */
            session: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            title: string;
        };
        /** ConflictsOut */
        ConflictsOut: {
            event: string;
            items: components["schemas"]["ConflictOut"][];
            summary: components["schemas"]["ConflictSummaryOut"];
            timezone: string;
            total: number;
        };
        /** ConflictSummaryOut */
        ConflictSummaryOut: {
            clash: number;
            gap: number;
            person_double_booking: number;
            room_double_booking: number;
            unavailable: number;
        };
        /** DelayIn */
        DelayIn: {
            /** @description Whole minutes */
            minutes: number;
        };
        /** EventCreate */
        EventCreate: {
            description?: string | null;
            /** Format: date */
            end_date: string;
            kind?: components["schemas"]["EventKind"];
            /**
             * @description Lower-case letters, digits and single hyphens
             * @example igf-2024
             */
            slug: string;
            /** Format: date */
            start_date: string;
            /**
             * @description An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)
             * @example Asia/Riyadh
             */
            timezone: string;
            title: string;
            tracks?: components["schemas"]["TrackCreate"][] | null;
            venue?: string | null;
        };
        /**
         * EventKind
         * @default meeting
         * @enum {string}
         */
        EventKind: "meeting" | "deadline";
        /** EventOut */
        EventOut: {
            description: string | null;
            /** Format: date */
            end_date: string;
            kind: components["schemas"]["EventKind"];
            links: components["schemas"]["Links"];
            slug: string;
            /** Format: date */
            start_date: string;
            status: components["schemas"]["EventStatus"];
            timezone: string;
            title: string;
            tracks: components["schemas"]["TrackOut"][];
            venue: string | null;
            version: number;
        };
        /** EventPatch */
        EventPatch: {
            description?: string | null;
            end_date?: string;
            kind?: components["schemas"]["EventKind"];
            start_date?: string;
            /**
             * @description An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)
             * @example Asia/Riyadh
             */
            timezone?: string;
            title?: string;
            venue?: string | null;
        };
        /**
         * EventStatus
         * @enum {string}
         */
        EventStatus: "draft" | "published";
        /** FairnessOut */
        FairnessOut: {
            score: number;
            zones: components["schemas"]["ZoneFairnessOut"][];
        };
        /** FieldProblem */
        FieldProblem: {
            field: string;
            message: string;
            value?: unknown;
        };
        /** ImportedSessionOut */
        ImportedSessionOut: {
            changes: string[];
            guid: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged";
            title: string;
        };
        /** ImportReportOut */
        ImportReportOut: {
            created: number;
            event: string;
            /** @enum {string} */
            format: "json" | "xml";
            generator: string | null;
            notes: string[];
            refused: components["schemas"]["RefusedTalkOut"][];
            sessions: components["schemas"]["ImportedSessionOut"][];
            unchanged: number;
            updated: number;
        };
        /** JoinLinkOut */
        JoinLinkOut: {
            end: string;
            label: string;
            private: boolean;
            segment: string | null;
            /** Format: uuid */
            session: string;
            session_title: string;
            start: string;
            url: string | null;
        };
        /** LateIn */
        LateIn: {
            /** @description Whole minutes */
            minutes: number;
        };
        /** Links */
        Links: {
            agenda?: string | null;
            ics?: string | null;
            self: string;
            webcal?: string | null;
        };
        /** LiveStateOut */
        LiveStateOut: {
            event: string;
            late: {
                [key: string]: number;
            };
        };
        /** LoginIn */
        LoginIn: {
            /**
             * @description An email address
             * @example ana@example.org
             */
            email: string;
            password: string;
        };
        /** MaterialIn */
        MaterialIn: {
            kind: components["schemas"]["MaterialKind"];
            title: string;
            /**
             * @description An http(s) URL
             * @example https://meet.example.org/igf
             */
            url: string;
        };
        /**
         * MaterialKind
         * @enum {string}
         */
        MaterialKind: "slides" | "recording" | "notes" | "livestream" | "other";
        /** MaterialOut */
        MaterialOut: {
            kind: components["schemas"]["MaterialKind"];
            title: string;
            url: string;
        };
        /** MemberIn */
        MemberIn: {
            /**
             * @description An email address
             * @example ana@example.org
             */
            email: string;
        };
        /** MemberOut */
        MemberOut: {
            email: string;
            name?: string | null;
            role: string;
            tracks?: string[];
        };
        /** MembershipOut */
        MembershipOut: {
            role: string;
            slug: string;
            tracks: string[];
        };
        /** MeOut */
        MeOut: {
            email: string;
            events: components["schemas"]["MembershipOut"][];
            name?: string | null;
        };
        /** NightLoadOut */
        NightLoadOut: {
            minutes: number;
            sessions: number;
            timezone: string;
        };
        /** NowNextOut */
        NowNextOut: {
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            at: string;
            event: string;
            /** @default 0 */
            late_minutes: number;
            next: components["schemas"]["RunItemOut"][];
            now: components["schemas"]["RunItemOut"][];
            timezone: string;
            track: string;
        };
        /** OutboxChannelOut */
        OutboxChannelOut: {
            channel: string;
            failed: number;
            last_error?: string | null;
            last_error_at?: string | null;
            oldest_pending_at?: string | null;
            pending: number;
            sent: number;
        };
        /** OutboxOut */
        OutboxOut: {
            channels: components["schemas"]["OutboxChannelOut"][];
            event: string;
        };
        /** OutboxRetryOut */
        OutboxRetryOut: {
            outbox: components["schemas"]["OutboxOut"];
            retried: number;
        };
        /** Page[TokenOut] */
        "Page_sessions.http.schemas.auth.TokenOut_": {
            items: components["schemas"]["TokenOut"][];
            total: number;
        };
        /** Page[EventOut] */
        "Page_sessions.http.schemas.events.EventOut_": {
            items: components["schemas"]["EventOut"][];
            total: number;
        };
        /** Page[TrackOut] */
        "Page_sessions.http.schemas.events.TrackOut_": {
            items: components["schemas"]["TrackOut"][];
            total: number;
        };
        /** Page[MemberOut] */
        "Page_sessions.http.schemas.members.MemberOut_": {
            items: components["schemas"]["MemberOut"][];
            total: number;
        };
        /** Page[JoinLinkOut] */
        "Page_sessions.http.schemas.registrations.JoinLinkOut_": {
            items: components["schemas"]["JoinLinkOut"][];
            total: number;
        };
        /** Page[RegistrationOut] */
        "Page_sessions.http.schemas.registrations.RegistrationOut_": {
            items: components["schemas"]["RegistrationOut"][];
            total: number;
        };
        /** Page[SessionOut] */
        "Page_sessions.http.schemas.sessions.SessionOut_": {
            items: components["schemas"]["SessionOut"][];
            total: number;
        };
        /** PasswordChange */
        PasswordChange: {
            current_password: string;
            new_password: string;
        };
        /** PersonIn */
        PersonIn: {
            availability?: components["schemas"]["WindowIn"][];
            email?: string | null;
            name: string;
            role: components["schemas"]["PersonRole"];
        };
        /** PersonOut */
        PersonOut: {
            availability?: components["schemas"]["WindowOut"][];
            email?: string;
            name: string;
            role: components["schemas"]["PersonRole"];
        };
        /**
         * PersonRole
         * @description A person's part in one session (PRODUCT.md, Session).
         * @enum {string}
         */
        PersonRole: "speaker" | "moderator" | "panellist" | "facilitator";
        /** Problem */
        Problem: {
            detail: string;
            errors?: components["schemas"]["FieldProblem"][];
            instance?: string | null;
            status: number;
            title: string;
            type: string;
        };
        /** RefusedTalkOut */
        RefusedTalkOut: {
            field: string;
            guid: string | null;
            message: string;
            title: string | null;
            value?: unknown;
        };
        /** RegisteredZoneOut */
        RegisteredZoneOut: {
            count: number;
            timezone: string;
        };
        /** RegistrationIn */
        RegistrationIn: {
            /**
             * @description An email address
             * @example ana@example.org
             */
            email: string;
            /** @enum {null|string} */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es" | null;
            name: string;
            sessions?: string[] | null;
            /**
             * @description An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)
             * @example Asia/Riyadh
             */
            timezone: string;
            track: string;
        };
        /** RegistrationOut */
        RegistrationOut: {
            created_at: string;
            email: string;
            event: string;
            /** @default true */
            feed_active: boolean;
            feed_url?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {null|string} */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es" | null;
            manage_api_url?: string | null;
            manage_url?: string | null;
            name: string;
            sessions: string[];
            timezone: string;
            track: string;
            version: number;
            webcal_url?: string | null;
        };
        /** RegistrationPatch */
        RegistrationPatch: {
            language?: ("ar" | "zh" | "en" | "fr" | "ru" | "es") | null;
            name?: string;
            sessions?: string[];
            /**
             * @description An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)
             * @example Asia/Riyadh
             */
            timezone?: string;
            track?: string;
        };
        /** RunItemOut */
        RunItemOut: {
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            expected_end: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            expected_start: string;
            kind: components["schemas"]["SegmentKind"] | null;
            room: string | null;
            /** Format: uuid */
            session_id: string;
            session_title: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            title: string;
        };
        /** SegmentIn */
        SegmentIn: {
            /** @default false */
            captions: boolean;
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            end: string;
            interpretation?: string[];
            /** @default false */
            join_private: boolean;
            /** @description With join_private: registrants get the link only from this many hours before the session starts (a segment's too: before its session starts); null: at any time. Organisers and facilitators always get it. */
            join_private_hours?: number | null;
            /**
             * @description This session's own join link (over its online track's), or a segment's own (a breakout, during that segment). An http(s) URL.
             * @example https://meet.example.org/tccm
             */
            join_url?: string | null;
            kind: components["schemas"]["SegmentKind"];
            languages?: string[];
            /** @description Facilitator notes; never public */
            notes?: string | null;
            people?: components["schemas"]["PersonIn"][];
            sign_language?: string[];
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            start: string;
            title: string;
            tracks?: string[];
        };
        /**
         * SegmentKind
         * @enum {string}
         */
        SegmentKind: "presentation" | "qa" | "networking" | "discussion" | "break" | "panel" | "keynote" | "other";
        /** SegmentOut */
        SegmentOut: {
            captions: boolean;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            interpretation: string[];
            join_private: boolean;
            join_private_hours: number | null;
            join_url: string | null;
            kind: components["schemas"]["SegmentKind"];
            languages: string[];
            notes?: string | null;
            people?: components["schemas"]["PersonOut"][];
            sign_language: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            title: string;
            tracks: string[];
        };
        /** SessionCreate */
        SessionCreate: {
            avoid_overlap_with?: string[];
            /** @default false */
            captions: boolean;
            description?: string | null;
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            end: string;
            interpretation?: string[];
            /** @default false */
            join_private: boolean;
            /** @description With join_private: registrants get the link only from this many hours before the session starts (a segment's too: before its session starts); null: at any time. Organisers and facilitators always get it. */
            join_private_hours?: number | null;
            /**
             * @description This session's own join link (over its online track's), or a segment's own (a breakout, during that segment). An http(s) URL.
             * @example https://meet.example.org/tccm
             */
            join_url?: string | null;
            languages?: string[];
            materials?: components["schemas"]["MaterialIn"][];
            people?: components["schemas"]["PersonIn"][];
            room?: string | null;
            sign_language?: string[];
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            start: string;
            status?: components["schemas"]["SessionStatus"];
            title: string;
            tracks?: string[] | null;
        };
        /** SessionOut */
        SessionOut: {
            avoid_overlap_with?: string[];
            /** @default false */
            captions: boolean;
            description: string | null;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            event: string;
            /** Format: uuid */
            id: string;
            interpretation?: string[];
            /** @default false */
            join_private: boolean;
            join_private_hours?: number | null;
            join_url?: string | null;
            languages?: string[];
            links: components["schemas"]["Links"];
            materials?: components["schemas"]["MaterialOut"][];
            people: components["schemas"]["PersonOut"][];
            room: string | null;
            segments: components["schemas"]["SegmentOut"][];
            sequence: number;
            sign_language?: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
            status: components["schemas"]["SessionStatus"];
            timezone: string;
            title: string;
            tracks: string[];
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            updated_at: string;
            version: number;
        };
        /** SessionPatch */
        SessionPatch: {
            avoid_overlap_with?: string[];
            captions?: boolean;
            description?: string | null;
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            end?: string;
            interpretation?: string[];
            join_private?: boolean;
            /** @description With join_private: registrants get the link only from this many hours before the session starts (a segment's too: before its session starts); null: at any time. Organisers and facilitators always get it. */
            join_private_hours?: number | null;
            /**
             * @description This session's own join link (over its online track's), or a segment's own (a breakout, during that segment). An http(s) URL.
             * @example https://meet.example.org/tccm
             */
            join_url?: string | null;
            languages?: string[];
            materials?: components["schemas"]["MaterialIn"][];
            people?: components["schemas"]["PersonIn"][];
            room?: string | null;
            sign_language?: string[];
            /**
             * @description Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a clock change is refused; one that happens twice needs an offset to pick it (2025-11-02T01:30-05:00). A time with an offset is taken as that instant.
             * @example 2024-12-18T15:45
             */
            start?: string;
            status?: components["schemas"]["SessionStatus"];
            title?: string;
            tracks?: string[];
        };
        /**
         * SessionStatus
         * @default confirmed
         * @enum {string}
         */
        SessionStatus: "confirmed" | "tentative" | "cancelled";
        /** SlotConflictOut */
        SlotConflictOut: {
            kind: components["schemas"]["ConflictKind"];
            message: string;
            person?: string | null;
            room?: string | null;
            sessions?: string[];
        };
        /** SlotOut */
        SlotOut: {
            asleep: string[];
            conflicts?: components["schemas"]["SlotConflictOut"][];
            end: string;
            score: number;
            start: string;
        };
        /** SlotsOut */
        SlotsOut: {
            items: components["schemas"]["SlotOut"][];
            total: number;
        };
        /** TokenCreate */
        TokenCreate: {
            name?: string | null;
        };
        /** TokenOut */
        TokenOut: {
            created_at: string;
            /** Format: uuid */
            id: string;
            name?: string | null;
            revoked_at?: string | null;
            token?: string | null;
        };
        /** TrackCreate */
        TrackCreate: {
            /** @default false */
            join_private: boolean;
            /** @description With join_private: registrants get the link only from this many hours before the session starts (a segment's too: before its session starts); null: at any time. Organisers and facilitators always get it. */
            join_private_hours?: number | null;
            /**
             * @description An http(s) URL
             * @example https://meet.example.org/igf
             */
            join_url?: string | null;
            location?: string | null;
            mode: components["schemas"]["TrackMode"];
            name: string;
            /**
             * @description Lower-case letters, digits and single hyphens
             * @example igf-2024
             */
            slug: string;
        };
        /** TrackLiveOut */
        TrackLiveOut: {
            late_minutes: number;
            track: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            updated_at: string | null;
        };
        /**
         * TrackMode
         * @enum {string}
         */
        TrackMode: "in_person" | "online";
        /** TrackOut */
        TrackOut: {
            /** @default false */
            join_private: boolean;
            join_private_hours?: number | null;
            join_url: string | null;
            links: components["schemas"]["Links"];
            location: string | null;
            mode: components["schemas"]["TrackMode"];
            name: string;
            slug: string;
            version: number;
        };
        /** TrackPatch */
        TrackPatch: {
            join_private?: boolean;
            /** @description With join_private: registrants get the link only from this many hours before the session starts (a segment's too: before its session starts); null: at any time. Organisers and facilitators always get it. */
            join_private_hours?: number | null;
            /**
             * @description An http(s) URL
             * @example https://meet.example.org/igf
             */
            join_url?: string | null;
            location?: string | null;
            mode?: components["schemas"]["TrackMode"];
            name?: string;
        };
        /** WindowIn */
        WindowIn: {
            /**
             * @description An instant: a date and time with its UTC offset (2024-12-18T09:00+03:00)
             * @example 2024-12-18T09:00:00+03:00
             */
            end: string;
            /**
             * @description An instant: a date and time with its UTC offset (2024-12-18T09:00+03:00)
             * @example 2024-12-18T09:00:00+03:00
             */
            start: string;
        };
        /** WindowOut */
        WindowOut: {
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            end: string;
            /**
             * @description A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM
             * @example 2024-12-18T15:45:00+03:00
             */
            start: string;
        };
        /** ZoneFairnessOut */
        ZoneFairnessOut: {
            awake_share: number;
            bands: string[];
            end: string;
            start: string;
            timezone: string;
            weight: number;
        };
        /** ZoneOut */
        ZoneOut: {
            abbreviations: string[];
            countries: string[];
            principal: boolean;
            zone: string;
        };
        /** ZonesOut */
        ZonesOut: {
            tzdata: string;
            zones: components["schemas"]["ZoneOut"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApiV1AuthLoginLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address or for this account; retry after Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthLogoutLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthMeMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthPasswordChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address or for this account; retry after Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthTokensListTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.auth.TokenOut_"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthTokensCreateToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthTokensTokenIdRevokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsListEvents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.events.EventOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsCreateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what exists: the slug is taken, or the track is still in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsGetEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsDeleteEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsUpdateEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventPatch"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsAgendaAgenda: {
        parameters: {
            query?: {
                /** @description One local day */
                date?: string | null;
                /** @description A BCP 47 tag (fr): only sessions one can follow in it: spoken, interpreted or signed, by the session or one of its segments (fr also finds fr-CA) */
                language?: string | null;
                track?: string | null;
                /** @description IANA zone to show times in (default: the event's zone) */
                tz?: string | null;
            };
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaOut"];
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsAudienceAudience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsAudienceDeclare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudienceIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsConflictsConflicts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description IANA zone to show times in (default: the event's zone) */
                tz?: string | null;
            };
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictsOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsImportImportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        /** @description A frab/c3voc schedule, e.g. pretalx's or our own `schedule.json` / `schedule.xml`, sent as it is. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "application/xml": string;
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportOut"];
                };
            };
            /** @description The body is not JSON or XML, or not well-formed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No organiser's token, or an unknown or revoked one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's organiser does not organise this event. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such event (a draft is not found for anyone but its organisers). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is not application/json, application/xml or text/xml. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not a frab schedule (no `conference`, no `days`), or XML with a DTD or entity declarations; `errors` names the place in the document. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsLiveEventLive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last message you received: missed messages are sent first */
                "Last-Event-ID"?: string | null;
            };
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsLiveStateLiveState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveStateOut"];
                };
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsOrganisersListMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.members.MemberOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsOrganisersAddOrganiser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsOrganisersEmailRemoveOrganiser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what exists: the slug is taken, or the track is still in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsOutboxOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsOutboxRetryRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxRetryOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsPublishPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsRegistrationsListRegistrations: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.registrations.RegistrationOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsRegistrationsRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address or for this account; retry after Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsRegistrationsCsvExportRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsListSessions: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.sessions.SessionOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsCreateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsGetSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsDeleteSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsUpdateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionPatch"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsDelayDelaySession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelayIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsFairnessFairness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairnessOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSessionsSegmentsReplaceSegments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                session: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentIn"][];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsSlotsSlots: {
        parameters: {
            query: {
                conflicting?: boolean;
                date: string;
                duration?: number | null;
                limit?: number;
                offset?: number;
                room?: string | null;
                session?: string | null;
                step?: number;
            };
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotsOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksListTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.events.TrackOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksCreateTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what exists: the slug is taken, or the track is still in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksGetTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackOut"];
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksDeleteTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what exists: the slug is taken, or the track is still in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksUpdateTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackPatch"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksFacilitatorsListFacilitators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.members.MemberOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksFacilitatorsAddFacilitator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksFacilitatorsEmailRemoveFacilitator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksLiveTrackLive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last message you received: missed messages are sent first */
                "Last-Event-ID"?: string | null;
            };
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksLiveEndEndSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackLiveOut"];
                };
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksLiveLateDeclareLate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LateIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackLiveOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksLiveStartStartSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackLiveOut"];
                };
            };
            /** @description Bad request syntax or unsupported method */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        extra?: null | {
                            [key: string]: unknown;
                        } | unknown[];
                        status_code: number;
                    };
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsTracksNowNowNext: {
        parameters: {
            query?: {
                /** @description An instant (2024-12-18T16:10:00+03:00) or a wall time in tz; default now */
                at?: string | null;
                /** @description IANA zone to show times in (default: the event's zone) */
                tz?: string | null;
            };
            header?: never;
            path: {
                event: string;
                track: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NowNextOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1EventsUnpublishUnpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in account does not organise this event, or a signed-in browser request that changes something lacks the x-csrftoken header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenGetRegistration: {
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
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenDeleteRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenUpdateRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read */
                "If-Match"?: string | null;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationPatch"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenFeedRotateFeed: {
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
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOut"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenFeedRevokeFeed: {
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
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1RegistrationsTokenJoinJoinLinks: {
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
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_sessions.http.schemas.registrations.JoinLinkOut_"];
                };
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an ETag that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ZonesZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZonesOut"];
                };
            };
        };
    };
    CalendarIcsAllEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, with ETag and Last-Modified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsScheduleJsonScheduleJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The frab/c3voc schedule.json document, with ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsScheduleXmlScheduleXml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The frab/c3voc schedule.xml document, with ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsSessionsNameSessionInvite: {
        parameters: {
            query?: {
                /** @description The reader's track: its segments, location or join link */
                track?: string | null;
                /** @description The reader's IANA zone: adds their local times to descriptions */
                tz?: string | null;
                /** @description Write times in UTC (for clients that mishandle zones) */
                utc?: boolean;
            };
            header?: never;
            path: {
                event: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, with ETag and Last-Modified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsTracksNameTrackCalendar: {
        parameters: {
            query?: {
                /** @description Minutes (0-120) before each segment of the track at which the reader's calendar app cues them: a VALARM on every entry (one entry per segment) */
                alarm?: string | null;
                /** @description One calendar entry per segment of the reader's track */
                segments?: boolean;
                /** @description The reader's IANA zone: adds their local times to descriptions */
                tz?: string | null;
                /** @description Write times in UTC (for clients that mishandle zones) */
                utc?: boolean;
            };
            header?: never;
            path: {
                event: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, with ETag and Last-Modified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsNameEventCalendar: {
        parameters: {
            query?: {
                /** @description One calendar entry per segment of the reader's track */
                segments?: boolean;
                /** @description The reader's track: its segments, location or join link */
                track?: string | null;
                /** @description The reader's IANA zone: adds their local times to descriptions */
                tz?: string | null;
                /** @description Write times in UTC (for clients that mishandle zones) */
                utc?: boolean;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, with ETag and Last-Modified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FeedsNamePersonalFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, with ETag and Last-Modified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the client already has this version (If-None-Match; no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: the body is not JSON (or is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A write without an organiser's token, or an Authorization header that is not `Bearer <token>` or names an unknown or revoked token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; a draft is not found for anyone but its organisers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but invalid: `errors` names each field at fault and its value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthLiveAlive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    HealthReadyHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description The database is unavailable; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
