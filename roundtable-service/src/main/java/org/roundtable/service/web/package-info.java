/**
 * The web application: pages rendered on the server (Thymeleaf), in Dutch, French and English, for the same
 * people, with the same login, need-to-know and access log as the API. Its pages read through the same
 * queries and give commands through the same path as the API's controllers.
 */
package org.roundtable.service.web;
