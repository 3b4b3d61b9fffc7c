/* Generated from /api/v1/openapi.json by `npm run api:types` (lib/api/openapi-types.ts). Do not edit. */

export interface paths {
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stores
         * @description Needs a platform key with the `stores:read` scope.
         */
        get: operations["listStores"];
        put?: never;
        /**
         * Open a store with its owner
         * @description Needs a platform key with the `stores:write` scope.
         */
        post: operations["createStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a store
         * @description Needs a platform key with the `stores:read` scope.
         */
        get: operations["getStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a store or change its plan
         * @description Needs a platform key with the `stores:write` scope.
         */
        patch: operations["updateStore"];
        trace?: never;
    };
    "/api/v1/stores/{slug}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a store
         * @description Needs a platform key with the `stores:write` scope.
         */
        post: operations["suspendStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a suspended store
         * @description Needs a platform key with the `stores:write` scope.
         */
        post: operations["reactivateStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview (dryRun) or apply a plan change
         * @description The preview lists what exceeds the new plan and what will happen to it; applying does exactly that, in one audited transaction.
         *
         *     Needs a platform key with the `stores:write` scope.
         */
        post: operations["changeStorePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a store's deletion (restorable during the grace period)
         * @description The store is purged by the jobs pass once `deletionScheduledFor` passes; until then `restore` undoes it.
         *
         *     Needs a platform key with the `stores:write` scope.
         */
        post: operations["deleteStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a scheduled deletion during its grace period
         * @description Needs a platform key with the `stores:write` scope.
         */
        post: operations["restoreStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage over a time range, in daily buckets
         * @description Requests, API requests, checkouts, orders and revenue per UTC day; members, products, domains and storage now, with the plan's limits.
         *
         *     Needs a platform key with the `stores:read` scope.
         */
        get: operations["getStoreUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A store's health: database, storage, mail, domains, webhooks, last errors
         * @description Needs a platform key with the `stores:read` scope.
         */
        get: operations["getStoreHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A store's last 20 exports, and the tables an export may ask for
         * @description Needs a platform key with the `stores:write` scope.
         */
        get: operations["listExports"];
        put?: never;
        /**
         * Ask for an export of a store's data (an asynchronous job)
         * @description Answers 202 at once with the export `pending`; a job writes the archive (the dashboard's export format: a zip of JSON per table, a manifest and the files). Poll `GET …/exports/{exportId}` until `succeeded` (or `failed`), then fetch `download.url`: a signed link valid for an hour and needing no API key. The archive is deleted 24 hours after it was written. Choose `tables` to export only those (and what they depend on, so the archive still imports).
         *
         *     Needs a platform key with the `stores:write` scope.
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll an export; once it succeeded, with a fresh download link
         * @description Needs a platform key with the `stores:write` scope.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/exports/{exportId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export's archive with the signed link from its poll
         * @description No API key: the `expires` and `signature` of the link are the credential. A changed or foreign link is 404 `not_found`; an expired link or archive 410 `link_expired` (poll the export for a new link).
         *
         *     Needs no API key.
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an export into an empty store
         * @description The body is the zip archive (`Content-Type: application/zip`, at most 50 MB), as `download.url` gives it or the dashboard exports it. The store must be active and empty; the plan's product and storage limits apply. One transaction: a refused import changes nothing.
         *
         *     Needs a platform key with the `stores:write` scope.
         */
        post: operations["importStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending join requests, oldest first
         * @description Needs a store key with the `join_requests:read` scope.
         */
        get: operations["listJoinRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/join-requests/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a join request with a role
         * @description Needs a store key with the `join_requests:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["approveJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/join-requests/{userId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a join request with a reason
         * @description Needs a store key with the `join_requests:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["rejectJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the store's orders, newest first
         * @description Needs a store key with the `orders:read` scope.
         */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order with its items
         * @description Needs a store key with the `orders:read` scope.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders/{orderId}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order paid (a manual payment)
         * @description Needs a store key with the `orders:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["markOrderPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders/{orderId}/fulfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order fulfilled
         * @description Needs a store key with the `orders:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["fulfillOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order and restock its items
         * @description Needs a store key with the `orders:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the store's products, newest first
         * @description Needs a store key with the `products:read` scope.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description Needs a store key with the `products:read` scope.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a product (fields not sent stay)
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/stores/{slug}/products/{productId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a product (it leaves the storefront and stops counting against the plan)
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["archiveProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/products/{productId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a product's image (the body is the image)
         * @description PNG, JPEG, WebP or GIF, at most 5 MB, told by its bytes (not the name or Content-Type); it counts against the plan's storage. Replaces the product's image.
         *
         *     Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["uploadProductImage"];
        /**
         * Remove a product's image
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        delete: operations["removeProductImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The master catalog, with this store's copies
         * @description Needs a store key with the `products:read` scope.
         */
        get: operations["listCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a master catalog product into the store, at the store's price
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["optInCatalogProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive the store's copy of a master catalog product
         * @description Needs a store key with the `products:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["optOutCatalogProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every configuration key, secrets masked
         * @description Needs a store key with the `config:read` scope.
         */
        get: operations["listConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/config/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a configuration value (validated per key; secrets sealed)
         * @description Needs a store key with the `config:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        put: operations["setConfig"];
        post?: never;
        /**
         * Clear a configuration value
         * @description Needs a store key with the `config:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        delete: operations["deleteConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the store's members, oldest first
         * @description Needs a store key with the `members:read` scope.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/members/{userId}": {
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
         * Remove a member (their API keys are revoked)
         * @description Needs a store key with the `members:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Needs a store key with the `members:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/stores/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open invitations, newest first (expired ones too: they can be resent)
         * @description Needs a store key with the `members:read` scope.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by email with a role
         * @description The members page's invitation: the invitee gets a mail with a link valid for 7 days that makes (or signs into) their account and their membership. A seat is needed: approved members plus open, unexpired invitations stay within the plan's member limit (409 `limit_reached`). Only an owner's key can invite an owner (403). An email that is already a member or already has an open invitation is 409 `conflict` (resend that one instead).
         *
         *     Needs a store key with the `members:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/invitations/{inviteId}": {
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
         * Revoke an open invitation (its link stops working)
         * @description Needs a store key with the `members:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/invitations/{inviteId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail an open invitation again, with a new link and expiry
         * @description The old link stops working. An expired invitation can be resent too.
         *
         *     Needs a store key with the `members:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Needs a store key with the `webhooks:read` scope.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description The answer carries the signing secret, once. See the `webhooks` tag for how deliveries are signed.
         *
         *     Needs a store key with the `webhooks:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Needs a store key with the `webhooks:read` scope.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its delivery log
         * @description Needs a store key with the `webhooks:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change or re-enable a webhook endpoint
         * @description Needs a store key with the `webhooks:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/stores/{slug}/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log, newest first
         * @description Needs a store key with the `webhooks:read` scope.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/webhooks/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a `webhook.test` event to this endpoint
         * @description Needs a store key with the `webhooks:write` scope. On a store that is not active, store keys only read (409 `store_not_active`).
         */
        post: operations["sendTestWebhook"];
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
        Store: {
            slug: string;
            name: string;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "rejected";
            /** @enum {string} */
            plan: "basic" | "premium" | "enterprise";
            currency: string;
            statusReason: string | null;
            /** @description When the store will be purged, if deletion was requested */
            deletionScheduledFor: string | null;
            createdAt: string;
        };
        StoreList: {
            data: components["schemas"]["Store"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        StoreUpdate: {
            name?: string;
            /** @enum {string} */
            plan?: "basic" | "premium" | "enterprise";
        };
        Reason: {
            reason: string;
        };
        OptionalReason: {
            reason?: string;
        };
        Product: {
            /** Format: uuid */
            id: string;
            handle: string;
            title: string;
            description: string;
            priceCents: number;
            currency: string;
            stock: number;
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            /** @description The product image's stored name (the storefront serves it at `/images/{image}`); null: none */
            image: string | null;
            createdAt: string;
            updatedAt: string;
        };
        ProductList: {
            data: components["schemas"]["Product"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        Error: {
            error: {
                /** @description Stable machine-readable code, e.g. rate_limited */
                code: string;
                message: string;
                details?: unknown;
            };
        };
        JoinRequest: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @description What the applicant wrote */
            note: string | null;
            requestedAt: string;
        };
        JoinRequestList: {
            data: components["schemas"]["JoinRequest"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        Approval: {
            /**
             * @description Owners can only be made in the dashboard
             * @default staff
             * @enum {string}
             */
            role?: "admin" | "catalog" | "orders" | "staff";
        };
        DecisionResult: {
            /** @enum {boolean} */
            ok: true;
            message: string;
        };
        StoreCreate: {
            name: string;
            /** @description 3–50 lower-case letters, digits or hyphens; not a reserved word */
            slug: string;
            /**
             * @default basic
             * @enum {string}
             */
            plan?: "basic" | "premium" | "enterprise";
            /**
             * Format: email
             * @description Gets an owner membership; invited by mail when they have no account
             */
            ownerEmail: string;
        };
        OrderSummary: {
            /** Format: uuid */
            id: string;
            number: number;
            email: string;
            name: string;
            totalCents: number;
            currency: string;
            /** @enum {string} */
            status: "open" | "cancelled" | "expired" | "closed";
            /** @enum {string} */
            paymentStatus: "pending" | "paid" | "voided" | "refunded" | "failed" | "partially_refunded" | "disputed";
            /** @enum {string} */
            fulfillmentStatus: "unfulfilled" | "fulfilled" | "partially_fulfilled";
            createdAt: string;
        };
        OrderList: {
            data: components["schemas"]["OrderSummary"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        ProductCreate: {
            /** @description Shown on the storefront */
            title: string;
            /** @description URL name, unique in the store; made from the title when empty */
            handle?: string;
            /** @default  */
            description?: string;
            /** @description Price in minor units of the store's currency */
            priceCents: number;
            stock: number;
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "active";
        };
        ProductUpdate: {
            /** @description Shown on the storefront */
            title?: string;
            /** @description URL name, unique in the store; made from the title when empty */
            handle?: string;
            description?: string;
            /** @description Price in minor units of the store's currency */
            priceCents?: number;
            stock?: number;
            /** @enum {string} */
            status?: "draft" | "active";
        };
        OrderItem: {
            /** Format: uuid */
            productId: string;
            title: string;
            unitPriceCents: number;
            quantity: number;
            lineTotalCents: number;
        };
        Order: {
            /** Format: uuid */
            id: string;
            number: number;
            email: string;
            name: string;
            totalCents: number;
            currency: string;
            /** @enum {string} */
            status: "open" | "cancelled" | "expired" | "closed";
            /** @enum {string} */
            paymentStatus: "pending" | "paid" | "voided" | "refunded" | "failed" | "partially_refunded" | "disputed";
            /** @enum {string} */
            fulfillmentStatus: "unfulfilled" | "fulfilled" | "partially_fulfilled";
            createdAt: string;
            items: components["schemas"]["OrderItem"][];
        };
        OrderAction: {
            /** @description A note for the audit log */
            reason?: string;
        };
        ConfigEntry: {
            key: string;
            label: string;
            help: string;
            /** @description Secrets are stored encrypted and only ever shown masked */
            secret: boolean;
            set: boolean;
            /** @description The value; for a secret, a mask such as `••••cdef` */
            value: string | null;
        };
        ConfigList: {
            data: components["schemas"]["ConfigEntry"][];
        };
        ConfigSet: {
            value: string;
        };
        Member: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "catalog" | "orders" | "staff";
            joinedAt: string;
        };
        MemberList: {
            data: components["schemas"]["Member"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        MemberUpdate: {
            /**
             * @description Only an owner's key can make or unmake owners
             * @enum {string}
             */
            role: "owner" | "admin" | "catalog" | "orders" | "staff";
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "catalog" | "orders" | "staff";
            /** @description When the link stops working; resend for a new one */
            expiresAt: string;
            /** @description True once `expiresAt` has passed: the invitation no longer holds a seat, but can be resent */
            expired: boolean;
            createdAt: string;
        };
        InvitationList: {
            data: components["schemas"]["Invitation"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        /** @description Only an owner's key can invite an owner */
        InvitationCreate: {
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "catalog" | "orders" | "staff";
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: ("order.created" | "order.paid" | "order.fulfilled" | "order.cancelled" | "order.refunded" | "product.changed" | "member.joined" | "member.removed" | "store.suspended" | "store.reactivated" | "domain.verified" | "domain.failed")[];
            /** @enum {string} */
            status: "enabled" | "disabled";
            consecutiveFailures: number;
            disabledReason: string | null;
            createdAt: string;
        };
        WebhookEndpointCreated: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            /** @description The signing secret (whsec_…): shown only now. Verify deliveries with it (Standard Webhooks). */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookEndpointCreate: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed
             */
            url: string;
            events: ("order.created" | "order.paid" | "order.fulfilled" | "order.cancelled" | "order.refunded" | "product.changed" | "member.joined" | "member.removed" | "store.suspended" | "store.reactivated" | "domain.verified" | "domain.failed")[];
            /** @default  */
            description?: string;
        };
        WebhookEndpointUpdate: {
            /** Format: uri */
            url?: string;
            events?: ("order.created" | "order.paid" | "order.fulfilled" | "order.cancelled" | "order.refunded" | "product.changed" | "member.joined" | "member.removed" | "store.suspended" | "store.reactivated" | "domain.verified" | "domain.failed")[];
            description?: string;
            /** @description true re-enables an endpoint disabled after failures */
            enabled?: boolean;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description The receiver's last HTTP status */
            responseStatus: number | null;
            error: string | null;
            createdAt: string;
            lastAttemptAt: string | null;
            /** @description When the next try is due; null once settled */
            nextAttemptAt: string | null;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
            message: string;
        };
        Usage: {
            from: string;
            to: string;
            buckets: {
                /** @description A UTC day, YYYY-MM-DD */
                date: string;
                requests: number;
                apiRequests: number;
                checkouts: number;
                orders: number;
                /** @description Total of the day's orders that are not cancelled */
                revenueCents: number;
            }[];
            /** @description Now, with the plan's limits in `limits`: members and storage are not kept per day */
            current: {
                members: number;
                products: number;
                customDomains: number;
                storageBytes: number;
            };
            limits: {
                members: number;
                products: number;
                customDomains: number;
                storageBytes: number;
            };
        };
        StoreHealth: {
            slug: string;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "rejected";
            /** @description False when anything below needs a look */
            healthy: boolean;
            database: {
                /** @description Where the store's rows live */
                placement: string;
                reachable: boolean;
                latencyMs: number | null;
            };
            storage: {
                bytes: number;
                limitBytes: number;
            };
            mail: {
                unsent: number;
                failed: number;
                lastError: string | null;
            };
            domains: {
                domain: string;
                /** @enum {string} */
                status: "pending" | "verified" | "misconfigured";
                lastCheckedAt: string | null;
                failedChecks: number;
            }[];
            webhooks: {
                enabled: number;
                disabled: number;
                pending: number;
                failedLastDay: number;
            };
            lastErrors: {
                /** @enum {string} */
                source: "mail" | "webhook";
                message: string;
                at: string;
            }[];
        };
        PlanChange: {
            /** @enum {string} */
            plan: "basic" | "premium" | "enterprise";
            /**
             * @description true: only preview what exceeds the new plan; nothing changes
             * @default false
             */
            dryRun?: boolean;
        };
        PlanChangeResult: {
            applied: boolean;
            preview: {
                /** @enum {string} */
                from: "basic" | "premium" | "enterprise";
                /** @enum {string} */
                to: "basic" | "premium" | "enterprise";
                usage: {
                    members: number;
                    products: number;
                    customDomains: number;
                    storageBytes: number;
                };
                excess: {
                    resource: string;
                    used: number;
                    limit: number;
                    consequence: string;
                }[];
                lostFeatures: {
                    feature: string;
                    consequence: string;
                }[];
            };
            store: components["schemas"]["Store"];
        };
        CatalogItem: {
            /** Format: uuid */
            masterProductId: string;
            handle: string;
            title: string;
            description: string;
            suggestedPriceCents: number;
            /** @description This store's copy, when it opted in */
            copy: {
                /** Format: uuid */
                productId: string;
                /** @enum {string} */
                status: "draft" | "active" | "archived";
                priceCents: number;
                stock: number;
            } | null;
        };
        CatalogList: {
            data: components["schemas"]["CatalogItem"][];
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
        };
        CatalogOptIn: {
            /** @description This store's price, in minor units */
            priceCents: number;
            stock: number;
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "active";
            /** @description Defaults to the catalog's handle */
            handle?: string;
        };
        ExportCreate: {
            /** @description The tables to export (see `GET …/exports` `tables`); the archive also holds the tables they depend on. Every table when left out. */
            tables?: string[];
            /**
             * @description Whether the store's files (images) go into the archive
             * @default true
             */
            files?: boolean;
        };
        Export: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "running" | "succeeded" | "failed";
            /** @description The tables asked for; null: every table */
            requestedTables: string[] | null;
            files: boolean;
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            /** @description When the archive is deleted */
            expiresAt: string | null;
            error: string | null;
            bytes: number | null;
            /** @description What the archive holds, once written */
            tables: {
                name: string;
                rows: number;
            }[] | null;
            fileCount: number | null;
            /** @description Present once the export succeeded and until the archive expires; poll again for a fresh link */
            download: {
                /** @description A signed link, valid without an API key until `expiresAt` */
                url: string;
                expiresAt: string;
            } | null;
        };
        ExportList: {
            data: components["schemas"]["Export"][];
            /** @description The table names an export may ask for */
            tables: string[];
        };
        /**
         * Format: binary
         * @description A Plaza store export (zip)
         */
        ZipArchive: string;
        ImportResult: {
            /** @enum {boolean} */
            ok: true;
            rows: {
                [key: string]: number;
            };
            files: number;
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
    listStores: {
        parameters: {
            query?: {
                status?: "pending" | "active" | "suspended" | "rejected";
                q?: string;
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "slug": "acme",
                     *           "name": "Acme Outfitters",
                     *           "status": "active",
                     *           "plan": "premium",
                     *           "currency": "USD",
                     *           "statusReason": null,
                     *           "deletionScheduledFor": null,
                     *           "createdAt": "2026-11-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next": "eyJ0IjoiMjAyNi0xMS0wMlQwOTozMDowMC4wMDAwMDBaIiwiaWQiOiIuLi4ifQ"
                     *     }
                     */
                    "application/json": components["schemas"]["StoreList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Outfitters",
                 *       "slug": "acme",
                 *       "plan": "premium",
                 *       "ownerEmail": "owner@acme.example"
                 *     }
                 */
                "application/json": components["schemas"]["StoreCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `conflict`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Outdoor"
                 *     }
                 */
                "application/json": components["schemas"]["StoreUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outdoor",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `conflict` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suspendStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Chargebacks under review"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "suspended",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": "Chargebacks under review",
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactivateStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Review closed"
                 *     }
                 */
                "application/json": components["schemas"]["OptionalReason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeStorePlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "basic",
                 *       "dryRun": true
                 *     }
                 */
                "application/json": components["schemas"]["PlanChange"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "applied": false,
                     *       "preview": {
                     *         "from": "premium",
                     *         "to": "basic",
                     *         "usage": {
                     *           "members": 4,
                     *           "products": 12,
                     *           "customDomains": 1,
                     *           "storageBytes": 1048576
                     *         },
                     *         "excess": [
                     *           {
                     *             "resource": "members",
                     *             "used": 6,
                     *             "limit": 5,
                     *             "consequence": "All members stay. No join request can be approved until 1 member leave."
                     *           }
                     *         ],
                     *         "lostFeatures": [
                     *           {
                     *             "feature": "apiAccess",
                     *             "consequence": "The store's API keys stop working (they are kept, not revoked)."
                     *           }
                     *         ]
                     *       },
                     *       "store": {
                     *         "slug": "acme",
                     *         "name": "Acme Outfitters",
                     *         "status": "active",
                     *         "plan": "premium",
                     *         "currency": "USD",
                     *         "statusReason": null,
                     *         "deletionScheduledFor": null,
                     *         "createdAt": "2026-11-02T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PlanChangeResult"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_state`, `conflict`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Closing down"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": "2026-12-09T09:30:00.000Z",
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "name": "Acme Outfitters",
                     *       "status": "active",
                     *       "plan": "premium",
                     *       "currency": "USD",
                     *       "statusReason": null,
                     *       "deletionScheduledFor": null,
                     *       "createdAt": "2026-11-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreUsage: {
        parameters: {
            query?: {
                /** @description Instead of from/to: the last 24 hours, 7 or 30 days (default 30d) */
                range?: "24h" | "7d" | "30d";
                /** @description First day (UTC), inclusive */
                from?: string;
                /** @description Last day (UTC), inclusive; at most 366 days after `from` */
                to?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-11-29",
                     *       "to": "2026-11-30",
                     *       "buckets": [
                     *         {
                     *           "date": "2026-11-29",
                     *           "requests": 5120,
                     *           "apiRequests": 310,
                     *           "checkouts": 18,
                     *           "orders": 16,
                     *           "revenueCents": 48200
                     *         },
                     *         {
                     *           "date": "2026-11-30",
                     *           "requests": 4870,
                     *           "apiRequests": 295,
                     *           "checkouts": 21,
                     *           "orders": 19,
                     *           "revenueCents": 51900
                     *         }
                     *       ],
                     *       "current": {
                     *         "members": 4,
                     *         "products": 12,
                     *         "customDomains": 1,
                     *         "storageBytes": 1048576
                     *       },
                     *       "limits": {
                     *         "members": 25,
                     *         "products": 5000,
                     *         "customDomains": 2,
                     *         "storageBytes": 21474836480
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "acme",
                     *       "status": "active",
                     *       "healthy": false,
                     *       "database": {
                     *         "placement": "shared cluster (row-level security on tenant_id)",
                     *         "reachable": true,
                     *         "latencyMs": 1.2
                     *       },
                     *       "storage": {
                     *         "bytes": 1048576,
                     *         "limitBytes": 10737418240
                     *       },
                     *       "mail": {
                     *         "unsent": 0,
                     *         "failed": 1,
                     *         "lastError": "550 mailbox unavailable"
                     *       },
                     *       "domains": [
                     *         {
                     *           "domain": "shop.acme.example",
                     *           "status": "verified",
                     *           "lastCheckedAt": "2026-11-30T11:55:00.000Z",
                     *           "failedChecks": 0
                     *         }
                     *       ],
                     *       "webhooks": {
                     *         "enabled": 1,
                     *         "disabled": 0,
                     *         "pending": 0,
                     *         "failedLastDay": 0
                     *       },
                     *       "lastErrors": [
                     *         {
                     *           "source": "mail",
                     *           "message": "550 mailbox unavailable",
                     *           "at": "2026-11-30T10:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StoreHealth"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b",
                     *           "status": "succeeded",
                     *           "requestedTables": [
                     *             "orders"
                     *           ],
                     *           "files": false,
                     *           "createdAt": "2026-12-02T10:00:00.000Z",
                     *           "startedAt": "2026-12-02T10:00:02.000Z",
                     *           "finishedAt": "2026-12-02T10:00:05.000Z",
                     *           "expiresAt": "2026-12-03T10:00:05.000Z",
                     *           "error": null,
                     *           "bytes": 48213,
                     *           "tables": [
                     *             {
                     *               "name": "customers",
                     *               "rows": 120
                     *             },
                     *             {
                     *               "name": "orders",
                     *               "rows": 310
                     *             },
                     *             {
                     *               "name": "order_items",
                     *               "rows": 702
                     *             },
                     *             {
                     *               "name": "products",
                     *               "rows": 42
                     *             }
                     *           ],
                     *           "fileCount": 0,
                     *           "download": {
                     *             "url": "/api/v1/stores/acme/exports/7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b/archive?expires=1764673205&signature=Jx3…",
                     *             "expiresAt": "2026-12-02T11:00:05.000Z"
                     *           }
                     *         }
                     *       ],
                     *       "tables": [
                     *         "customers",
                     *         "order_items",
                     *         "orders",
                     *         "products",
                     *         "store_config"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExportList"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tables": [
                 *         "orders"
                 *       ],
                 *       "files": false
                 *     }
                 */
                "application/json": components["schemas"]["ExportCreate"];
            };
        };
        responses: {
            /** @description Accepted: queued for delivery */
            202: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b",
                     *       "status": "pending",
                     *       "requestedTables": [
                     *         "orders"
                     *       ],
                     *       "files": false,
                     *       "createdAt": "2026-12-02T10:00:00.000Z",
                     *       "startedAt": null,
                     *       "finishedAt": null,
                     *       "expiresAt": null,
                     *       "error": null,
                     *       "bytes": null,
                     *       "tables": null,
                     *       "fileCount": null,
                     *       "download": null
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An export's id */
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b",
                     *       "status": "succeeded",
                     *       "requestedTables": [
                     *         "orders"
                     *       ],
                     *       "files": false,
                     *       "createdAt": "2026-12-02T10:00:00.000Z",
                     *       "startedAt": "2026-12-02T10:00:02.000Z",
                     *       "finishedAt": "2026-12-02T10:00:05.000Z",
                     *       "expiresAt": "2026-12-03T10:00:05.000Z",
                     *       "error": null,
                     *       "bytes": 48213,
                     *       "tables": [
                     *         {
                     *           "name": "customers",
                     *           "rows": 120
                     *         },
                     *         {
                     *           "name": "orders",
                     *           "rows": 310
                     *         },
                     *         {
                     *           "name": "order_items",
                     *           "rows": 702
                     *         },
                     *         {
                     *           "name": "products",
                     *           "rows": 42
                     *         }
                     *       ],
                     *       "fileCount": 0,
                     *       "download": {
                     *         "url": "/api/v1/stores/acme/exports/7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b/archive?expires=1764673205&signature=Jx3…",
                     *         "expiresAt": "2026-12-02T11:00:05.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadExport: {
        parameters: {
            query?: {
                /** @description Unix seconds, from the link */
                expires?: string;
                /** @description From the link */
                signature?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An export's id */
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `link_expired` */
            410: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importStore: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "rows": {
                     *         "products": 42,
                     *         "customers": 120,
                     *         "orders": 310,
                     *         "order_items": 702
                     *       },
                     *       "files": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJoinRequests: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "userId": "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a",
                     *           "name": "Robin",
                     *           "email": "robin@example.com",
                     *           "note": "I run the shop on weekends",
                     *           "requestedAt": "2026-11-29T18:00:00.000Z"
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["JoinRequestList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveJoinRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A user's id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "orders"
                 *     }
                 */
                "application/json": components["schemas"]["Approval"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "Approved 1 request."
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rejectJoinRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A user's id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "We are not hiring right now."
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "Rejected 1 request."
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
                /** @description Deprecated: an order number; orders older than it (use `after`) */
                before?: number;
                status?: "open" | "cancelled" | "expired" | "closed";
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     *           "number": 1042,
                     *           "email": "sam@example.com",
                     *           "name": "Sam Shopper",
                     *           "totalCents": 2500,
                     *           "currency": "USD",
                     *           "status": "open",
                     *           "paymentStatus": "paid",
                     *           "fulfillmentStatus": "unfulfilled",
                     *           "createdAt": "2026-11-28T14:02:00.000Z"
                     *         }
                     *       ],
                     *       "next": "1041"
                     *     }
                     */
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An order's id */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     *       "number": 1042,
                     *       "email": "sam@example.com",
                     *       "name": "Sam Shopper",
                     *       "totalCents": 2500,
                     *       "currency": "USD",
                     *       "status": "open",
                     *       "paymentStatus": "paid",
                     *       "fulfillmentStatus": "unfulfilled",
                     *       "createdAt": "2026-11-28T14:02:00.000Z",
                     *       "items": [
                     *         {
                     *           "productId": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *           "title": "Trail mug",
                     *           "unitPriceCents": 1250,
                     *           "quantity": 2,
                     *           "lineTotalCents": 2500
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markOrderPaid: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An order's id */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Paid by bank transfer"
                 *     }
                 */
                "application/json": components["schemas"]["OrderAction"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     *       "number": 1042,
                     *       "email": "sam@example.com",
                     *       "name": "Sam Shopper",
                     *       "totalCents": 2500,
                     *       "currency": "USD",
                     *       "status": "open",
                     *       "paymentStatus": "paid",
                     *       "fulfillmentStatus": "unfulfilled",
                     *       "createdAt": "2026-11-28T14:02:00.000Z",
                     *       "items": [
                     *         {
                     *           "productId": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *           "title": "Trail mug",
                     *           "unitPriceCents": 1250,
                     *           "quantity": 2,
                     *           "lineTotalCents": 2500
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fulfillOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An order's id */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["OrderAction"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     *       "number": 1042,
                     *       "email": "sam@example.com",
                     *       "name": "Sam Shopper",
                     *       "totalCents": 2500,
                     *       "currency": "USD",
                     *       "status": "open",
                     *       "paymentStatus": "paid",
                     *       "fulfillmentStatus": "fulfilled",
                     *       "createdAt": "2026-11-28T14:02:00.000Z",
                     *       "items": [
                     *         {
                     *           "productId": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *           "title": "Trail mug",
                     *           "unitPriceCents": 1250,
                     *           "quantity": 2,
                     *           "lineTotalCents": 2500
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An order's id */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Customer asked"
                 *     }
                 */
                "application/json": components["schemas"]["OrderAction"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     *       "number": 1042,
                     *       "email": "sam@example.com",
                     *       "name": "Sam Shopper",
                     *       "totalCents": 2500,
                     *       "currency": "USD",
                     *       "status": "cancelled",
                     *       "paymentStatus": "refunded",
                     *       "fulfillmentStatus": "unfulfilled",
                     *       "createdAt": "2026-11-28T14:02:00.000Z",
                     *       "items": [
                     *         {
                     *           "productId": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *           "title": "Trail mug",
                     *           "unitPriceCents": 1250,
                     *           "quantity": 2,
                     *           "lineTotalCents": 2500
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *           "handle": "trail-mug",
                     *           "title": "Trail mug",
                     *           "description": "Enamel, 350 ml.",
                     *           "priceCents": 1250,
                     *           "currency": "USD",
                     *           "stock": 40,
                     *           "status": "active",
                     *           "image": null,
                     *           "createdAt": "2026-11-20T10:00:00.000Z",
                     *           "updatedAt": "2026-11-21T08:15:00.000Z"
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Trail mug",
                 *       "handle": "trail-mug",
                 *       "description": "Enamel, 350 ml.",
                 *       "priceCents": 1250,
                 *       "stock": 40,
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["ProductCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "active",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `conflict`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A product's id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "active",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A product's id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priceCents": 1400,
                 *       "stock": 35
                 *     }
                 */
                "application/json": components["schemas"]["ProductUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1400,
                     *       "currency": "USD",
                     *       "stock": 35,
                     *       "status": "active",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `conflict`, `invalid_state` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveProduct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A product's id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "archived",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadProductImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A product's id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/*": string;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "active",
                     *       "image": "5d9f1c7e-2b3a-4c8d-9e0f-1a2b3c4d5e6f.png",
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeProductImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A product's id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "active",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCatalog: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "masterProductId": "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
                     *           "handle": "trail-mug",
                     *           "title": "Trail mug",
                     *           "description": "Enamel, 350 ml.",
                     *           "suggestedPriceCents": 1200,
                     *           "copy": {
                     *             "productId": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *             "status": "active",
                     *             "priceCents": 1250,
                     *             "stock": 40
                     *           }
                     *         },
                     *         {
                     *           "masterProductId": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d",
                     *           "handle": "camp-stool",
                     *           "title": "Camp stool",
                     *           "description": "Enamel, 350 ml.",
                     *           "suggestedPriceCents": 1200,
                     *           "copy": null
                     *         }
                     *       ],
                     *       "next": "2"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    optInCatalogProduct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A master catalog product's id */
                masterProductId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priceCents": 1250,
                 *       "stock": 40,
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["CatalogOptIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "active",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `conflict`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    optOutCatalogProduct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A master catalog product's id */
                masterProductId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
                     *       "handle": "trail-mug",
                     *       "title": "Trail mug",
                     *       "description": "Enamel, 350 ml.",
                     *       "priceCents": 1250,
                     *       "currency": "USD",
                     *       "stock": 40,
                     *       "status": "archived",
                     *       "image": null,
                     *       "createdAt": "2026-11-20T10:00:00.000Z",
                     *       "updatedAt": "2026-11-21T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "key": "contact.email",
                     *           "label": "Contact email",
                     *           "help": "Shown to shoppers on order confirmations.",
                     *           "secret": false,
                     *           "set": true,
                     *           "value": "hello@acme.example"
                     *         },
                     *         {
                     *           "key": "smtp.password",
                     *           "label": "SMTP password",
                     *           "help": "Stored encrypted; never shown again.",
                     *           "secret": true,
                     *           "set": true,
                     *           "value": "••••word"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigList"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A configuration key, e.g. `contact.email` */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "hello@acme.example"
                 *     }
                 */
                "application/json": components["schemas"]["ConfigSet"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "contact.email",
                     *       "label": "Contact email",
                     *       "help": "Shown to shoppers on order confirmations.",
                     *       "secret": false,
                     *       "set": true,
                     *       "value": "hello@acme.example"
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigEntry"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A configuration key, e.g. `contact.email` */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "contact.email",
                     *       "label": "Contact email",
                     *       "help": "Shown to shoppers on order confirmations.",
                     *       "secret": false,
                     *       "set": false,
                     *       "value": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigEntry"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "userId": "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b",
                     *           "name": "Ada Owner",
                     *           "email": "ada@acme.example",
                     *           "role": "owner",
                     *           "joinedAt": "2026-11-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A user's id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "robin@example.com was removed."
                     *     }
                     */
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A user's id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "catalog"
                 *     }
                 */
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "robin@example.com is now catalog."
                     *     }
                     */
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
                     *           "email": "robin@example.com",
                     *           "role": "catalog",
                     *           "expiresAt": "2026-12-07T10:00:00.000Z",
                     *           "expired": false,
                     *           "createdAt": "2026-11-30T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "robin@example.com",
                 *       "role": "catalog"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
                     *       "email": "robin@example.com",
                     *       "role": "catalog",
                     *       "expiresAt": "2026-12-07T10:00:00.000Z",
                     *       "expired": false,
                     *       "createdAt": "2026-11-30T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `conflict`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An invitation's id */
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "The invitation for robin@example.com is revoked: its link no longer works."
                     *     }
                     */
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description An invitation's id */
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
                     *       "email": "robin@example.com",
                     *       "role": "catalog",
                     *       "expiresAt": "2026-11-16T10:00:00.000Z",
                     *       "expired": false,
                     *       "createdAt": "2026-11-30T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *           "url": "https://hooks.example.com/plaza",
                     *           "description": "Order sync",
                     *           "events": [
                     *             "order.created",
                     *             "order.paid"
                     *           ],
                     *           "status": "enabled",
                     *           "consecutiveFailures": 0,
                     *           "disabledReason": null,
                     *           "createdAt": "2026-11-30T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/plaza",
                 *       "events": [
                 *         "order.created",
                 *         "order.paid"
                 *       ],
                 *       "description": "Order sync"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpoint": {
                     *         "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *         "url": "https://hooks.example.com/plaza",
                     *         "description": "Order sync",
                     *         "events": [
                     *           "order.created",
                     *           "order.paid"
                     *         ],
                     *         "status": "enabled",
                     *         "consecutiveFailures": 0,
                     *         "disabledReason": null,
                     *         "createdAt": "2026-11-30T12:00:00.000Z"
                     *       },
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `limit_reached`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A webhook endpoint's id */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *       "url": "https://hooks.example.com/plaza",
                     *       "description": "Order sync",
                     *       "events": [
                     *         "order.created",
                     *         "order.paid"
                     *       ],
                     *       "status": "enabled",
                     *       "consecutiveFailures": 0,
                     *       "disabledReason": null,
                     *       "createdAt": "2026-11-30T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A webhook endpoint's id */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "message": "Webhook endpoint deleted."
                     *     }
                     */
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A webhook endpoint's id */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *       "url": "https://hooks.example.com/plaza",
                     *       "description": "Order sync",
                     *       "events": [
                     *         "order.created",
                     *         "order.paid"
                     *       ],
                     *       "status": "enabled",
                     *       "consecutiveFailures": 0,
                     *       "disabledReason": null,
                     *       "createdAt": "2026-11-30T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A webhook endpoint's id */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                     *           "eventId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "eventType": "order.paid",
                     *           "status": "succeeded",
                     *           "attempts": 1,
                     *           "responseStatus": 200,
                     *           "error": null,
                     *           "createdAt": "2026-11-30T12:05:00.000Z",
                     *           "lastAttemptAt": "2026-11-30T12:05:01.000Z",
                     *           "nextAttemptAt": null
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.
                 * @example 5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The store's slug */
                slug: string;
                /** @description A webhook endpoint's id */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: queued for delivery */
            202: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                     *       "eventId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "eventType": "webhook.test",
                     *       "status": "pending",
                     *       "attempts": 0,
                     *       "responseStatus": null,
                     *       "error": null,
                     *       "createdAt": "2026-11-30T12:05:00.000Z",
                     *       "lastAttemptAt": null,
                     *       "nextAttemptAt": "2026-11-30T12:06:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, `api_not_in_plan` */
            403: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_found`, `not_found` */
            404: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `store_not_active`, `invalid_state`, `idempotency_in_progress` */
            409: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    /** @description Requests allowed per minute for this key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the current minute's window ends */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    /** @description The reference to quote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
