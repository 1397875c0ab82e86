/**
 * `@relmap/sync`: live co-editing of a Relmap editing session over Yjs, and the shared picture a client's device
 * holds instead of the therapist's inventory. See SPEC.md for the merge rules (Y) and the sharing rules (P).
 */
export { bindSession, type BindOptions, type SyncBinding } from './bind-session.ts';
export { repairInventory } from './repair.ts';
export { COLLECTIONS, readRaw, writeDiff, type Collection } from './yjs-shape.ts';
export { projectPicture, randomPictureIds, type PictureIds, type PictureLabelMode } from './projection.ts';
export { sharePicture, type ClientEdit, type PictureShare, type ShareOptions, type SharePermissions } from './share-picture.ts';
export { trackPresence, type Peer, type Presence, type PresenceIds, type PresenceRole, type PresenceState } from './presence.ts';
export { joinPicture, type PictureView } from './join-picture.ts';
export { isRoomName, newRoomName } from './relay/room-name.ts';
export { SealedProvider, type SealedProviderEvents, type SealedProviderOptions } from './sealed/sealed-provider.ts';
export { SealedRoomError, exportRoomKey, importRoomKey, isRoomKeyText, newRoomKey, newRoomKeyText } from './sealed/room-key.ts';
