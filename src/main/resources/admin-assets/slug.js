// Haven's slug rule for the editor's suggestions: the same as org.haven.content.Slugs.of on the server, so the address
// suggested for a title or a category's name is the one the server would make (SlugsAgreementBrowserTest checks it).
// NFKD and no combining marks, Latin letters without a decomposition spelled out, then ASCII words joined by hyphens.
(function () {
  'use strict';

  var LATIN = {
    'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
    'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ı': 'i', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't'
  };

  window.havenSlug = function (text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '')
      .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞıħĦŧŦ]/g, function (c) { return LATIN[c]; })
      .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  };
}());
